<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="da">
<context>
    <name>AdminController</name>
    <message>
        <source>Skift adgangskode</source>
        <translation>Skift adgangskode</translation>
    </message>
    <message>
        <source>Nuværende adgangskode:</source>
        <translation>Nuværende adgangskode:</translation>
    </message>
    <message>
        <source>Forkert adgangskode</source>
        <translation>Forkert adgangskode</translation>
    </message>
    <message>
        <source>Ny adgangskode (mindst %1 tegn):</source>
        <translation>Ny adgangskode (mindst %1 tegn):</translation>
    </message>
    <message>
        <source>Gentag den nye adgangskode:</source>
        <translation>Gentag den nye adgangskode:</translation>
    </message>
    <message>
        <source>De to adgangskoder er ikke ens</source>
        <translation>De to adgangskoder er ikke ens</translation>
    </message>
    <message>
        <source>Vent, til det igangværende arbejde er færdigt.</source>
        <translation>Vent, til det igangværende arbejde er færdigt.</translation>
    </message>
    <message>
        <source>Databasen krypteres med den nye adgangskode…</source>
        <translation>Databasen krypteres med den nye adgangskode…</translation>
    </message>
    <message>
        <source>Adgangskoden er skiftet, og databasen er krypteret med den nye.</source>
        <translation>Adgangskoden er skiftet, og databasen er krypteret med den nye.</translation>
    </message>
    <message>
        <source>Køen</source>
        <translation>Køen</translation>
    </message>
    <message>
        <source>Åbn den valgte sag</source>
        <translation>Åbn den valgte sag</translation>
    </message>
    <message>
        <source>Fra søgefeltet ned i listen</source>
        <translation>Fra søgefeltet ned i listen</translation>
    </message>
    <message>
        <source>Gennemgang</source>
        <translation>Gennemgang</translation>
    </message>
    <message>
        <source>Tastaturgenveje</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>Hvor</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Taster</source>
        <translation>Taster</translation>
    </message>
    <message>
        <source>Om Udsat Desktop</source>
        <translation>Om Udsat Desktop</translation>
    </message>
    <message>
        <source>&lt;b&gt;Udsat Desktop&lt;/b&gt; %1&lt;br&gt;Taskforcens gennemgang af sager for udsatte ledige i Københavns Kommune.&lt;br&gt;&lt;br&gt;Datamappe: %2&lt;br&gt;Logmappe: %3</source>
        <translation>&lt;b&gt;Udsat Desktop&lt;/b&gt; %1&lt;br&gt;Taskforcens gennemgang af sager for udsatte ledige i Københavns Kommune.&lt;br&gt;&lt;br&gt;Datamappe: %2&lt;br&gt;Logmappe: %3</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Tildel sager</source>
        <translation>Tildel sager</translation>
    </message>
    <message>
        <source>Medarbejder</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Den, der skal gennemgå sagerne. Kun medarbejdere, der har synkroniseret én gang, kan vælges.</source>
        <translation>Den, der skal gennemgå sagerne. Kun medarbejdere, der har synkroniseret én gang, kan vælges.</translation>
    </message>
    <message>
        <source>%1 valgte sager tildeles:</source>
        <translation>%1 valgte sager tildeles:</translation>
    </message>
    <message>
        <source>%1 valgt sag tildeles:</source>
        <translation>%1 valgt sag tildeles:</translation>
    </message>
    <message>
        <source>&amp;Medarbejder:</source>
        <translation>&amp;Medarbejder:</translation>
    </message>
</context>
<context>
    <name>AuditLogWindow</name>
    <message>
        <source>Revisionslog – Udsat Desktop</source>
        <translation>Revisionslog – Udsat Desktop</translation>
    </message>
    <message>
        <source>Sagsnøgle</source>
        <translation>Sagsnøgle</translation>
    </message>
    <message>
        <source>Vis kun poster om denne sag</source>
        <translation>Vis kun poster om denne sag</translation>
    </message>
    <message>
        <source>Alle medarbejdere</source>
        <translation>Alle medarbejdere</translation>
    </message>
    <message>
        <source>Medarbejder</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Vis kun én medarbejders handlinger</source>
        <translation>Vis kun én medarbejders handlinger</translation>
    </message>
    <message>
        <source>Alle handlinger</source>
        <translation>Alle handlinger</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Vis kun én slags handling</source>
        <translation>Vis kun én slags handling</translation>
    </message>
    <message>
        <source>&amp;Periode:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Vis kun poster i perioden</source>
        <translation>Vis kun poster i perioden</translation>
    </message>
    <message>
        <source>Fra dato</source>
        <translation>Fra dato</translation>
    </message>
    <message>
        <source>Til dato</source>
        <translation>Til dato</translation>
    </message>
    <message>
        <source>&amp;Vis</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Vis posterne for filtrene</source>
        <translation>Vis posterne for filtrene</translation>
    </message>
    <message>
        <source>&amp;Kontrollér kæden</source>
        <translation>&amp;Kontrollér kæden</translation>
    </message>
    <message>
        <source>Find en ændret, slettet eller flyttet post</source>
        <translation>Find en ændret, slettet eller flyttet post</translation>
    </message>
    <message>
        <source>&amp;Udskriv log for borger…</source>
        <translation>&amp;Udskriv log for borger…</translation>
    </message>
    <message>
        <source>Borgerens indsigt: hvem har set og ændret oplysningerne</source>
        <translation>Borgerens indsigt: hvem har set og ændret oplysningerne</translation>
    </message>
    <message>
        <source>&amp;Slet gamle poster…</source>
        <translation>&amp;Slet gamle poster…</translation>
    </message>
    <message>
        <source>Koordinator: slet poster ældre end opbevaringstiden</source>
        <translation>Koordinator: slet poster ældre end opbevaringstiden</translation>
    </message>
    <message>
        <source>Logposterne, nyeste først</source>
        <translation>Logposterne, nyeste først</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Sag</source>
        <translation>Sag</translation>
    </message>
    <message>
        <source>Detaljer</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Logposter</source>
        <translation>Logposter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source> (de nyeste %1)</source>
        <translation> (de nyeste %1)</translation>
    </message>
    <message>
        <source>%1 post</source>
        <translation>%1 post</translation>
    </message>
    <message>
        <source>%1 poster</source>
        <translation>%1 poster</translation>
    </message>
    <message>
        <source>Kontrollerer kæden…</source>
        <translation>Kontrollerer kæden…</translation>
    </message>
    <message>
        <source>Kontrollér kæden</source>
        <translation>Kontrollér kæden</translation>
    </message>
    <message>
        <source>Kontrollerer revisionsloggens kæde…</source>
        <translation>Kontrollerer revisionsloggens kæde…</translation>
    </message>
    <message>
        <source>✓ Loggen er i orden: ingen post er ændret, slettet eller flyttet.</source>
        <translation>✓ Loggen er i orden: ingen post er ændret, slettet eller flyttet.</translation>
    </message>
    <message>
        <source>⚠ Loggen er brudt ved post %1: %2</source>
        <translation>⚠ Loggen er brudt ved post %1: %2</translation>
    </message>
    <message>
        <source>Log for borger</source>
        <translation>Log for borger</translation>
    </message>
    <message>
        <source>Skriv først borgerens sagsnøgle i feltet Sag.</source>
        <translation>Skriv først borgerens sagsnøgle i feltet Sag.</translation>
    </message>
    <message>
        <source>Gem borgerens adgangslog</source>
        <translation>Gem borgerens adgangslog</translation>
    </message>
    <message>
        <source>Borgerens adgangslog er gemt: %1</source>
        <translation>Borgerens adgangslog er gemt: %1</translation>
    </message>
    <message>
        <source>Skriver borgerens adgangslog…</source>
        <translation>Skriver borgerens adgangslog…</translation>
    </message>
    <message>
        <source>slette gamle logposter</source>
        <translation>slette gamle logposter</translation>
    </message>
    <message>
        <source>Slet gamle poster</source>
        <translation>Slet gamle poster</translation>
    </message>
    <message>
        <source>Slet alle logposter ældre end %1 år? Sletningen logges, og kæden kan stadig kontrolleres.</source>
        <translation>Slet alle logposter ældre end %1 år? Sletningen logges, og kæden kan stadig kontrolleres.</translation>
    </message>
    <message>
        <source>%1 poster er slettet.</source>
        <translation>%1 poster er slettet.</translation>
    </message>
    <message>
        <source>%1 post er slettet.</source>
        <translation>%1 post er slettet.</translation>
    </message>
</context>
<context>
    <name>Busy</name>
    <message>
        <source>Annullér</source>
        <translation>Annullér</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <source>Ingen sag valgt</source>
        <translation>Ingen sag valgt</translation>
    </message>
    <message>
        <source>Sagens navn</source>
        <translation>Sagens navn</translation>
    </message>
    <message>
        <source>Sagsnøgle</source>
        <translation>Sagsnøgle</translation>
    </message>
    <message>
        <source>CPR-nr.</source>
        <translation>CPR-nr.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Prioritet</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Ydelse</source>
        <translation>Ydelse</translation>
    </message>
    <message>
        <source>Ledighed 10 år</source>
        <translation>Ledighed 10 år</translation>
    </message>
    <message>
        <source>Sagsbehandler</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Enhed</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>SOF-kontakt</source>
        <translation>SOF-kontakt</translation>
    </message>
    <message>
        <source>Tildelt</source>
        <translation>Tildelt</translation>
    </message>
    <message>
        <source>Startdato</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Markeringer</source>
        <translation>Markeringer</translation>
    </message>
    <message>
        <source>Bemærkning</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>Samtykker</source>
        <translation>Samtykker</translation>
    </message>
    <message>
        <source>Gennemgange</source>
        <translation>Gennemgange</translation>
    </message>
    <message>
        <source>Vis &amp;CPR</source>
        <translation>Vis &amp;CPR</translation>
    </message>
    <message>
        <source>Vis det fulde CPR-nummer (registreres i loggen)</source>
        <translation>Vis det fulde CPR-nummer (registreres i loggen)</translation>
    </message>
    <message>
        <source>Vis CPR-nummer</source>
        <translation>Vis CPR-nummer</translation>
    </message>
    <message>
        <source>Åbn underskrevet &amp;PDF</source>
        <translation>Åbn underskrevet &amp;PDF</translation>
    </message>
    <message>
        <source>Åbn sagens seneste underskrevne sammenfatning</source>
        <translation>Åbn sagens seneste underskrevne sammenfatning</translation>
    </message>
    <message>
        <source>Åbn seneste underskrevne sammenfatning</source>
        <translation>Åbn seneste underskrevne sammenfatning</translation>
    </message>
    <message>
        <source>Sammenlign to underskrevne versioner af sagen felt for felt</source>
        <translation>Sammenlign to underskrevne versioner af sagen felt for felt</translation>
    </message>
    <message>
        <source>Ikke tildelt</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <source>Skjul &amp;CPR</source>
        <translation>Skjul &amp;CPR</translation>
    </message>
    <message>
        <source>Sammenlign v&amp;ersioner…</source>
        <translation>Sammenlign v&amp;ersioner…</translation>
    </message>
    <message>
        <source>OBS: overdraget fra dig til %1 af %2 den %3; din kladde er gemt</source>
        <translation>OBS: overdraget fra dig til %1 af %2 den %3; din kladde er gemt</translation>
    </message>
    <message>
        <source>Konflikt: %1 underskrevne gennemgange gælder samtidig; koordinatoren vælger den gældende (Team → Konflikter)</source>
        <translation>Konflikt: %1 underskrevne gennemgange gælder samtidig; koordinatoren vælger den gældende (Team → Konflikter)</translation>
    </message>
    <message>
        <source>%1, version %2, underskrevet af %3</source>
        <translation>%1, version %2, underskrevet af %3</translation>
    </message>
    <message>
        <source>Gældende: %1 – valgt af %2 den %3: %4</source>
        <translation>Gældende: %1 – valgt af %2 den %3: %4</translation>
    </message>
    <message>
        <source>Ikke gældende: %1 (version %2)</source>
        <translation>Ikke gældende: %1 (version %2)</translation>
    </message>
    <message>
        <source>Ingen</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation>Version %1: %2</translation>
    </message>
    <message>
        <source>Erstattet af version %1</source>
        <translation>Erstattet af version %1</translation>
    </message>
    <message>
        <source>Rettelse: %1</source>
        <translation>Rettelse: %1</translation>
    </message>
    <message>
        <source>%1 ændret</source>
        <translation>%1 ændret</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Ingen registreret</source>
        <translation>Ingen registreret</translation>
    </message>
</context>
<context>
    <name>CaseQueueModel</name>
    <message>
        <source>Sagsnøgle</source>
        <translation>Sagsnøgle</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>CPR-nr.</source>
        <translation>CPR-nr.</translation>
    </message>
    <message>
        <source>Ydelse</source>
        <translation>Ydelse</translation>
    </message>
    <message>
        <source>Ledighed %</source>
        <translation>Ledighed %</translation>
    </message>
    <message>
        <source>Sagsbehandler</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Enhed</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Prioritet</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Tildelt</source>
        <translation>Tildelt</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Markeringer</source>
        <translation>Markeringer</translation>
    </message>
    <message>
        <source>CPR-nummeret er skjult. Vælg »Vis CPR« i sagspanelet for at se det.</source>
        <translation>CPR-nummeret er skjult. Vælg »Vis CPR« i sagspanelet for at se det.</translation>
    </message>
</context>
<context>
    <name>ConflictsWindow</name>
    <message>
        <source>Konflikter</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Sager i konflikt</source>
        <translation>Sager i konflikt</translation>
    </message>
    <message>
        <source>Ingen sager har flere gældende gennemgange.</source>
        <translation>Ingen sager har flere gældende gennemgange.</translation>
    </message>
    <message>
        <source>Sager med flere underskrevne gennemgange:</source>
        <translation>Sager med flere underskrevne gennemgange:</translation>
    </message>
    <message>
        <source>Gennemgangene side om side</source>
        <translation>Gennemgangene side om side</translation>
    </message>
    <message>
        <source>Felter markeret med ≠ og gul baggrund er forskellige i gennemgangene.</source>
        <translation>Felter markeret med ≠ og gul baggrund er forskellige i gennemgangene.</translation>
    </message>
    <message>
        <source>Gældende gennemgang</source>
        <translation>Gældende gennemgang</translation>
    </message>
    <message>
        <source>Begrundelse</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Begrundelse for valget (påkrævet; hele teamet ser den)</source>
        <translation>Begrundelse for valget (påkrævet; hele teamet ser den)</translation>
    </message>
    <message>
        <source>&amp;Vælg gældende</source>
        <translation>&amp;Vælg gældende</translation>
    </message>
    <message>
        <source>Gør den valgte gennemgang gældende for sagen; afgørelsen underskrives og deles med teamet</source>
        <translation>Gør den valgte gennemgang gældende for sagen; afgørelsen underskrives og deles med teamet</translation>
    </message>
    <message>
        <source>Gældende:</source>
        <translation>Gældende:</translation>
    </message>
    <message>
        <source>konflikt</source>
        <translation>konflikt</translation>
    </message>
    <message>
        <source>afgjort</source>
        <translation>afgjort</translation>
    </message>
    <message>
        <source>Ingen sag valgt</source>
        <translation>Ingen sag valgt</translation>
    </message>
    <message>
        <source>Sag %1: %2 underskrevne gennemgange</source>
        <translation>Sag %1: %2 underskrevne gennemgange</translation>
    </message>
    <message>
        <source>Gennemgang</source>
        <translation>Gennemgang</translation>
    </message>
    <message>
        <source>Underskrevet af</source>
        <translation>Underskrevet af</translation>
    </message>
    <message>
        <source>Gennemgåere</source>
        <translation>Gennemgåere</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Underskrevet</source>
        <translation>Underskrevet</translation>
    </message>
    <message>
        <source>Gælder</source>
        <translation>Gælder</translation>
    </message>
    <message>
        <source>Version %1 – %2</source>
        <translation>Version %1 – %2</translation>
    </message>
    <message>
        <source>afventer valg</source>
        <translation>afventer valg</translation>
    </message>
    <message>
        <source>gældende</source>
        <translation>gældende</translation>
    </message>
    <message>
        <source>ikke gældende</source>
        <translation>ikke gældende</translation>
    </message>
    <message>
        <source>Afgjort %1 af %2: %3 gælder. Begrundelse: %4</source>
        <translation>Afgjort %1 af %2: %3 gælder. Begrundelse: %4</translation>
    </message>
    <message>
        <source>Ingen af gennemgangene gælder, før du vælger: sagen er ikke kandidat til et møde og tælles som »konflikt« i fremdrift og udtræk.</source>
        <translation>Ingen af gennemgangene gælder, før du vælger: sagen er ikke kandidat til et møde og tælles som »konflikt« i fremdrift og udtræk.</translation>
    </message>
    <message>
        <source>Version %1 (%2) – %3</source>
        <translation>Version %1 (%2) – %3</translation>
    </message>
    <message>
        <source>Skriv en begrundelse for valget; hele teamet ser den.</source>
        <translation>Skriv en begrundelse for valget; hele teamet ser den.</translation>
    </message>
    <message>
        <source>Afgørelsen er gemt, men ikke lagt på fællesmappen endnu (%1); næste synkronisering lægger den der.</source>
        <translation>Afgørelsen er gemt, men ikke lagt på fællesmappen endnu (%1); næste synkronisering lægger den der.</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Formål (modtager)</source>
        <translation>Formål (modtager)</translation>
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
        <translation>Dato</translation>
    </message>
    <message>
        <source>Udløber</source>
        <translation>Udløber</translation>
    </message>
    <message>
        <source>— ikke registreret —</source>
        <translation>— ikke registreret —</translation>
    </message>
    <message>
        <source>valgfri</source>
        <translation>valgfri</translation>
    </message>
    <message>
        <source>Registrér</source>
        <translation>Registrér</translation>
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
        <translation>Hjemmel: %1 – kræver ikke samtykke</translation>
    </message>
    <message>
        <source>kræves ved afslag</source>
        <translation>kræves ved afslag</translation>
    </message>
    <message>
        <source>%1 – skriftligt</source>
        <translation>%1 – skriftligt</translation>
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
        <translation>dato</translation>
    </message>
    <message>
        <source>udløbsdato</source>
        <translation>udløbsdato</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>registrér</source>
        <translation>registrér</translation>
    </message>
    <message>
        <source>Samtykke %1: %2</source>
        <translation>Samtykke %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Følge af afslaget: %1</source>
        <translation>Følge af afslaget: %1</translation>
    </message>
    <message>
        <source>Skriv i noten, hvad det betyder for sagen.</source>
        <translation>Skriv i noten, hvad det betyder for sagen.</translation>
    </message>
    <message>
        <source>Vælg status (givet, afvist eller tilbagekaldt) først.</source>
        <translation>Vælg status (givet, afvist eller tilbagekaldt) først.</translation>
    </message>
    <message>
        <source>Samtykke registreret: %1 – %2.</source>
        <translation>Samtykke registreret: %1 – %2.</translation>
    </message>
    <message>
        <source>%1 åbent næste skridt afhænger af det og er markeret.</source>
        <translation>%1 åbent næste skridt afhænger af det og er markeret.</translation>
    </message>
    <message>
        <source>%1 åbne næste skridt afhænger af det og er markeret.</source>
        <translation>%1 åbne næste skridt afhænger af det og er markeret.</translation>
    </message>
</context>
<context>
    <name>CorrectionReasonDialog</name>
    <message>
        <source>Opret rettelse</source>
        <translation>Opret rettelse</translation>
    </message>
    <message>
        <source>Hvorfor rettes den underskrevne version %1? Begrundelsen står i rettelsens sammenfatning sammen med de felter, du ændrer, og koordinatoren ser den.</source>
        <translation>Hvorfor rettes den underskrevne version %1? Begrundelsen står i rettelsens sammenfatning sammen med de felter, du ændrer, og koordinatoren ser den.</translation>
    </message>
    <message>
        <source>Begrundelse for rettelsen</source>
        <translation>Begrundelse for rettelsen</translation>
    </message>
    <message>
        <source>Fx: nye oplysninger modtaget</source>
        <translation>Fx: nye oplysninger modtaget</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Fremdrift – Udsat Desktop</source>
        <translation>Fremdrift – Udsat Desktop</translation>
    </message>
    <message>
        <source>&amp;Periode:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Begræns til gennemgange og næste skridt i perioden</source>
        <translation>Begræns til gennemgange og næste skridt i perioden</translation>
    </message>
    <message>
        <source>Fra dato</source>
        <translation>Fra dato</translation>
    </message>
    <message>
        <source>Til dato</source>
        <translation>Til dato</translation>
    </message>
    <message>
        <source>Alle enheder</source>
        <translation>Alle enheder</translation>
    </message>
    <message>
        <source>Enhed</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>Jobcenterenhed</source>
        <translation>Jobcenterenhed</translation>
    </message>
    <message>
        <source>Alle organisationer</source>
        <translation>Alle organisationer</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Medarbejderens organisation / ansvarlig for næste skridt</source>
        <translation>Medarbejderens organisation / ansvarlig for næste skridt</translation>
    </message>
    <message>
        <source>&amp;Opdatér</source>
        <translation>&amp;Opdatér</translation>
    </message>
    <message>
        <source>Beregn tallene igen</source>
        <translation>Beregn tallene igen</translation>
    </message>
    <message>
        <source>Eksportér til &amp;Excel…</source>
        <translation>Eksportér til &amp;Excel…</translation>
    </message>
    <message>
        <source>Tallene bag hvert diagram og en pseudonym sagsliste</source>
        <translation>Tallene bag hvert diagram og en pseudonym sagsliste</translation>
    </message>
    <message>
        <source>Gem hvert diagram som et billede, fx til en præsentation</source>
        <translation>Gem hvert diagram som et billede, fx til en præsentation</translation>
    </message>
    <message>
        <source>Nøgletal</source>
        <translation>Nøgletal</translation>
    </message>
    <message>
        <source>%1 af %2 sag gennemgået (%3 %) · %4 næste skridt overskredet</source>
        <translation>%1 af %2 sag gennemgået (%3 %) · %4 næste skridt overskredet</translation>
    </message>
    <message>
        <source>%1 af %2 sager gennemgået (%3 %) · %4 næste skridt overskredet</source>
        <translation>%1 af %2 sager gennemgået (%3 %) · %4 næste skridt overskredet</translation>
    </message>
    <message>
        <source>Sager efter status</source>
        <translation>Sager efter status</translation>
    </message>
    <message>
        <source>Udfald</source>
        <translation>Udfald</translation>
    </message>
    <message>
        <source>Næste skridt efter type</source>
        <translation>Næste skridt efter type</translation>
    </message>
    <message>
        <source>Næste skridt efter ansvarlig (heraf overskredne)</source>
        <translation>Næste skridt efter ansvarlig (heraf overskredne)</translation>
    </message>
    <message>
        <source>Gennemgange pr. medarbejder</source>
        <translation>Gennemgange pr. medarbejder</translation>
    </message>
    <message>
        <source>Andel af målgruppen gennemgået</source>
        <translation>Andel af målgruppen gennemgået</translation>
    </message>
    <message>
        <source>Gem &amp;diagrammer som PNG…</source>
        <translation>Gem &amp;diagrammer som PNG…</translation>
    </message>
    <message>
        <source> · %1 sag i konflikt</source>
        <translation> · %1 sag i konflikt</translation>
    </message>
    <message>
        <source> · %1 sager i konflikt</source>
        <translation> · %1 sager i konflikt</translation>
    </message>
    <message>
        <source>Gennemgået</source>
        <translation>Gennemgået</translation>
    </message>
    <message>
        <source>Mål (%1)</source>
        <translation>Mål (%1)</translation>
    </message>
    <message>
        <source>%1 % senest %2</source>
        <translation>%1 % senest %2</translation>
    </message>
    <message>
        <source>%d %%</source>
        <translation>%d %%</translation>
    </message>
    <message>
        <source>Antal</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Overskredne</source>
        <translation>Overskredne</translation>
    </message>
    <message>
        <source>Ingen</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Gem diagrammer i</source>
        <translation>Gem diagrammer i</translation>
    </message>
    <message>
        <source>eksportere sagslister</source>
        <translation>eksportere sagslister</translation>
    </message>
    <message>
        <source>Eksportér til Excel</source>
        <translation>Eksportér til Excel</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.åååå</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Fejlbesked</source>
        <translation>Fejlbesked</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>BIF – Beskæftigelses- og Integrationsforvaltningen</source>
        <translation>BIF – Beskæftigelses- og Integrationsforvaltningen</translation>
    </message>
    <message>
        <source>SOF – Socialforvaltningen</source>
        <translation>SOF – Socialforvaltningen</translation>
    </message>
    <message>
        <source>Region Hovedstaden</source>
        <translation>Region Hovedstaden</translation>
    </message>
    <message>
        <source>Punkt</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Hjemløs</source>
        <translation>Hjemløs</translation>
    </message>
    <message>
        <source>Misbrug</source>
        <translation>Misbrug</translation>
    </message>
    <message>
        <source>Psykisk sygdom</source>
        <translation>Psykisk sygdom</translation>
    </message>
    <message>
        <source>Tæt på afklaring</source>
        <translation>Tæt på afklaring</translation>
    </message>
    <message>
        <source>venter</source>
        <translation>venter</translation>
    </message>
    <message>
        <source>synkroniseret</source>
        <translation>synkroniseret</translation>
    </message>
    <message>
        <source>konflikt</source>
        <translation>konflikt</translation>
    </message>
    <message>
        <source>Ny</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Tildelt</source>
        <translation>Tildelt</translation>
    </message>
    <message>
        <source>Under gennemgang</source>
        <translation>Under gennemgang</translation>
    </message>
    <message>
        <source>Klar til underskrift</source>
        <translation>Klar til underskrift</translation>
    </message>
    <message>
        <source>Underskrevet</source>
        <translation>Underskrevet</translation>
    </message>
    <message>
        <source>Synkroniseret</source>
        <translation>Synkroniseret</translation>
    </message>
    <message>
        <source>Afklaret</source>
        <translation>Afklaret</translation>
    </message>
    <message>
        <source>Sat på pause</source>
        <translation>Sat på pause</translation>
    </message>
    <message>
        <source>Høj</source>
        <translation>Høj</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Lav</source>
        <translation>Lav</translation>
    </message>
    <message>
        <source>Gennemgår sager</source>
        <translation>Gennemgår sager</translation>
    </message>
    <message>
        <source>Koordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Skriftligt</source>
        <translation>Skriftligt</translation>
    </message>
    <message>
        <source>Mundtligt</source>
        <translation>Mundtligt</translation>
    </message>
    <message>
        <source>Helhedsorienteret plan (LAB § 46)</source>
        <translation>Helhedsorienteret plan (LAB § 46)</translation>
    </message>
    <message>
        <source>BIF og SOF</source>
        <translation>BIF og SOF</translation>
    </message>
    <message>
        <source>Udveksling af oplysninger BIF ↔ SOF</source>
        <translation>Udveksling af oplysninger BIF ↔ SOF</translation>
    </message>
    <message>
        <source>Indhentning af helbredsoplysninger</source>
        <translation>Indhentning af helbredsoplysninger</translation>
    </message>
    <message>
        <source>Læger og sygehuse</source>
        <translation>Læger og sygehuse</translation>
    </message>
    <message>
        <source>Sundhedskoordinatorens kontakt til egen læge</source>
        <translation>Sundhedskoordinatorens kontakt til egen læge</translation>
    </message>
    <message>
        <source>Egen læge</source>
        <translation>Egen læge</translation>
    </message>
    <message>
        <source>Givet</source>
        <translation>Givet</translation>
    </message>
    <message>
        <source>Afvist</source>
        <translation>Afvist</translation>
    </message>
    <message>
        <source>Tilbagekaldt</source>
        <translation>Tilbagekaldt</translation>
    </message>
    <message>
        <source>Forelæg sagen for rehabiliteringsteamet</source>
        <translation>Forelæg sagen for rehabiliteringsteamet</translation>
    </message>
    <message>
        <source>Indhent lægeattest (LÆ 265)</source>
        <translation>Indhent lægeattest (LÆ 265)</translation>
    </message>
    <message>
        <source>Indhent statusattest (LÆ 125)</source>
        <translation>Indhent statusattest (LÆ 125)</translation>
    </message>
    <message>
        <source>Socialmedicinsk vurdering (Klinisk Funktion)</source>
        <translation>Socialmedicinsk vurdering (Klinisk Funktion)</translation>
    </message>
    <message>
        <source>Inddrag sundhedskoordinator</source>
        <translation>Inddrag sundhedskoordinator</translation>
    </message>
    <message>
        <source>Virksomhedspraktik (LAB kap. 11)</source>
        <translation>Virksomhedspraktik (LAB kap. 11)</translation>
    </message>
    <message>
        <source>Løntilskud (LAB kap. 12)</source>
        <translation>Løntilskud (LAB kap. 12)</translation>
    </message>
    <message>
        <source>Vejledning og opkvalificering (LAB kap. 14)</source>
        <translation>Vejledning og opkvalificering (LAB kap. 14)</translation>
    </message>
    <message>
        <source>Mentor (LAB §§ 167-171)</source>
        <translation>Mentor (LAB §§ 167-171)</translation>
    </message>
    <message>
        <source>Hjælpemidler (LAB § 172)</source>
        <translation>Hjælpemidler (LAB § 172)</translation>
    </message>
    <message>
        <source>Socialpædagogisk støtte (SEL § 85)</source>
        <translation>Socialpædagogisk støtte (SEL § 85)</translation>
    </message>
    <message>
        <source>Bostøtte efter housing first (SEL § 85 a)</source>
        <translation>Bostøtte efter housing first (SEL § 85 a)</translation>
    </message>
    <message>
        <source>Støtte- og kontaktperson (SEL § 99)</source>
        <translation>Støtte- og kontaktperson (SEL § 99)</translation>
    </message>
    <message>
        <source>Misbrugsbehandling (SEL § 101)</source>
        <translation>Misbrugsbehandling (SEL § 101)</translation>
    </message>
    <message>
        <source>Herberg (SEL § 110)</source>
        <translation>Herberg (SEL § 110)</translation>
    </message>
    <message>
        <source>Botilbud (SEL §§ 107/108)</source>
        <translation>Botilbud (SEL §§ 107/108)</translation>
    </message>
    <message>
        <source>Opfølgningssamtale</source>
        <translation>Opfølgningssamtale</translation>
    </message>
    <message>
        <source>Andet</source>
        <translation>Andet</translation>
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
        <translation>Borger</translation>
    </message>
    <message>
        <source>Åben</source>
        <translation>Åben</translation>
    </message>
    <message>
        <source>Udført</source>
        <translation>Udført</translation>
    </message>
    <message>
        <source>Annulleret</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <source>givet</source>
        <translation>givet</translation>
    </message>
    <message>
        <source>afvist</source>
        <translation>afvist</translation>
    </message>
    <message>
        <source>tilbagekaldt</source>
        <translation>tilbagekaldt</translation>
    </message>
    <message>
        <source>Indlæst fra målgruppeliste</source>
        <translation>Indlæst fra målgruppeliste</translation>
    </message>
    <message>
        <source>Sagen vist</source>
        <translation>Sagen vist</translation>
    </message>
    <message>
        <source>Søgning</source>
        <translation>Søgning</translation>
    </message>
    <message>
        <source>CPR-nummer vist</source>
        <translation>CPR-nummer vist</translation>
    </message>
    <message>
        <source>Status ændret</source>
        <translation>Status ændret</translation>
    </message>
    <message>
        <source>Gennemgang startet</source>
        <translation>Gennemgang startet</translation>
    </message>
    <message>
        <source>Gennemgang åbnet</source>
        <translation>Gennemgang åbnet</translation>
    </message>
    <message>
        <source>Gennemgang gemt</source>
        <translation>Gennemgang gemt</translation>
    </message>
    <message>
        <source>Gennemgang underskrevet</source>
        <translation>Gennemgang underskrevet</translation>
    </message>
    <message>
        <source>Rettelse startet</source>
        <translation>Rettelse startet</translation>
    </message>
    <message>
        <source>Samtykke registreret</source>
        <translation>Samtykke registreret</translation>
    </message>
    <message>
        <source>Næste skridt oprettet</source>
        <translation>Næste skridt oprettet</translation>
    </message>
    <message>
        <source>Næste skridt ændret</source>
        <translation>Næste skridt ændret</translation>
    </message>
    <message>
        <source>Tildelt medarbejder</source>
        <translation>Tildelt medarbejder</translation>
    </message>
    <message>
        <source>Tildeling hentet</source>
        <translation>Tildeling hentet</translation>
    </message>
    <message>
        <source>Indlæst fra fællesmappen</source>
        <translation>Indlæst fra fællesmappen</translation>
    </message>
    <message>
        <source>Taget af møde</source>
        <translation>Taget af møde</translation>
    </message>
    <message>
        <source>Teamets indstilling registreret</source>
        <translation>Teamets indstilling registreret</translation>
    </message>
    <message>
        <source>Udskrevet</source>
        <translation>Udskrevet</translation>
    </message>
    <message>
        <source>Adgangskode skiftet</source>
        <translation>Adgangskode skiftet</translation>
    </message>
    <message>
        <source>Udtræk</source>
        <translation>Udtræk</translation>
    </message>
    <message>
        <source>Adgangslog udleveret</source>
        <translation>Adgangslog udleveret</translation>
    </message>
    <message>
        <source>Gamle logposter slettet</source>
        <translation>Gamle logposter slettet</translation>
    </message>
    <message>
        <source>gennemgang</source>
        <translation>gennemgang</translation>
    </message>
    <message>
        <source>møde</source>
        <translation>møde</translation>
    </message>
    <message>
        <source>sag</source>
        <translation>sag</translation>
    </message>
    <message>
        <source>parti</source>
        <translation>parti</translation>
    </message>
    <message>
        <source>fil</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>sager</source>
        <translation>sager</translation>
    </message>
    <message>
        <source>før</source>
        <translation>før</translation>
    </message>
    <message>
        <source>efter</source>
        <translation>efter</translation>
    </message>
    <message>
        <source>skridt</source>
        <translation>skridt</translation>
    </message>
    <message>
        <source>af</source>
        <translation>af</translation>
    </message>
    <message>
        <source>til</source>
        <translation>til</translation>
    </message>
    <message>
        <source>sider</source>
        <translation>sider</translation>
    </message>
    <message>
        <source>kopier</source>
        <translation>kopier</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>printer</translation>
    </message>
    <message>
        <source>søgt efter</source>
        <translation>søgt efter</translation>
    </message>
    <message>
        <source>fundet</source>
        <translation>fundet</translation>
    </message>
    <message>
        <source>art</source>
        <translation>art</translation>
    </message>
    <message>
        <source>delt</source>
        <translation>delt</translation>
    </message>
    <message>
        <source>skabelon</source>
        <translation>skabelon</translation>
    </message>
    <message>
        <source>erstatter</source>
        <translation>erstatter</translation>
    </message>
    <message>
        <source>formål</source>
        <translation>formål</translation>
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
        <translation>felter</translation>
    </message>
    <message>
        <source>kilde</source>
        <translation>kilde</translation>
    </message>
    <message>
        <source>indlæst</source>
        <translation>indlæst</translation>
    </message>
    <message>
        <source>opdateret</source>
        <translation>opdateret</translation>
    </message>
    <message>
        <source>afviste</source>
        <translation>afviste</translation>
    </message>
    <message>
        <source>resultat</source>
        <translation>resultat</translation>
    </message>
    <message>
        <source>indstilling</source>
        <translation>indstilling</translation>
    </message>
    <message>
        <source>ses igen</source>
        <translation>ses igen</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>Beskæftigelse</source>
        <translation>Beskæftigelse</translation>
    </message>
    <message>
        <source>Sundhed</source>
        <translation>Sundhed</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Sundhedskoordinator</source>
        <translation>Sundhedskoordinator</translation>
    </message>
    <message>
        <source>Sagsbehandler</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Bisidder</source>
        <translation>Bisidder</translation>
    </message>
    <message>
        <source>Socialt</source>
        <translation>Socialt</translation>
    </message>
    <message>
        <source>Helbred</source>
        <translation>Helbred</translation>
    </message>
    <message>
        <source>Fleksjob</source>
        <translation>Fleksjob</translation>
    </message>
    <message>
        <source>Tilskud til selvstændig</source>
        <translation>Tilskud til selvstændig</translation>
    </message>
    <message>
        <source>Førtidspension</source>
        <translation>Førtidspension</translation>
    </message>
    <message>
        <source>Indsats under jobafklaringsforløb</source>
        <translation>Indsats under jobafklaringsforløb</translation>
    </message>
    <message>
        <source>Nyt jobafklaringsforløb</source>
        <translation>Nyt jobafklaringsforløb</translation>
    </message>
    <message>
        <source>Indsats under sygedagpenge</source>
        <translation>Indsats under sygedagpenge</translation>
    </message>
    <message>
        <source>Anden indsats</source>
        <translation>Anden indsats</translation>
    </message>
    <message>
        <source>Ressourceforløb</source>
        <translation>Ressourceforløb</translation>
    </message>
    <message>
        <source>Job eller uddannelse</source>
        <translation>Job eller uddannelse</translation>
    </message>
    <message>
        <source>Fortsat indsats</source>
        <translation>Fortsat indsats</translation>
    </message>
    <message>
        <source>Tæt på afklaring ved start</source>
        <translation>Tæt på afklaring ved start</translation>
    </message>
    <message>
        <source>Forelagt rehabiliteringsteamet</source>
        <translation>Forelagt rehabiliteringsteamet</translation>
    </message>
    <message>
        <source>Kladde</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <source>Flyttet til ny skabelon</source>
        <translation>Flyttet til ny skabelon</translation>
    </message>
    <message>
        <source>Rettet skabelon anvendt</source>
        <translation>Rettet skabelon anvendt</translation>
    </message>
    <message>
        <source>Næste skridt rettet</source>
        <translation>Næste skridt rettet</translation>
    </message>
    <message>
        <source>Sat på møde</source>
        <translation>Sat på møde</translation>
    </message>
    <message>
        <source>Mødepakke bygget</source>
        <translation>Mødepakke bygget</translation>
    </message>
    <message>
        <source>Sag tilbageholdt (klage/indsigt)</source>
        <translation>Sag tilbageholdt (klage/indsigt)</translation>
    </message>
    <message>
        <source>Tilbageholdelse ophævet</source>
        <translation>Tilbageholdelse ophævet</translation>
    </message>
    <message>
        <source>Prøvekørsel af sletning</source>
        <translation>Prøvekørsel af sletning</translation>
    </message>
    <message>
        <source>Sletning efter opbevaringstid</source>
        <translation>Sletning efter opbevaringstid</translation>
    </message>
    <message>
        <source>Sagens data slettet</source>
        <translation>Sagens data slettet</translation>
    </message>
    <message>
        <source>Regel for bevaring og kassation registreret</source>
        <translation>Regel for bevaring og kassation registreret</translation>
    </message>
    <message>
        <source>Fil fra fællesmappen afvist</source>
        <translation>Fil fra fællesmappen afvist</translation>
    </message>
    <message>
        <source>Filer fra fællesmappen afvist (samlet for en kørsel)</source>
        <translation>Filer fra fællesmappen afvist (samlet for en kørsel)</translation>
    </message>
    <message>
        <source>Medlem godkendt</source>
        <translation>Medlem godkendt</translation>
    </message>
    <message>
        <source>Medlem tilbagekaldt</source>
        <translation>Medlem tilbagekaldt</translation>
    </message>
    <message>
        <source>Koordinator godkendt</source>
        <translation>Koordinator godkendt</translation>
    </message>
    <message>
        <source>begrundelse</source>
        <translation>begrundelse</translation>
    </message>
    <message>
        <source>medarbejder</source>
        <translation>medarbejder</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>fingeraftryk</source>
        <translation>fingeraftryk</translation>
    </message>
    <message>
        <source>type før</source>
        <translation>type før</translation>
    </message>
    <message>
        <source>type efter</source>
        <translation>type efter</translation>
    </message>
    <message>
        <source>ansvarlig før</source>
        <translation>ansvarlig før</translation>
    </message>
    <message>
        <source>ansvarlig efter</source>
        <translation>ansvarlig efter</translation>
    </message>
    <message>
        <source>frist før</source>
        <translation>frist før</translation>
    </message>
    <message>
        <source>frist efter</source>
        <translation>frist efter</translation>
    </message>
    <message>
        <source>CPR-nummer</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Fornavn</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Efternavn</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>Ydelse</source>
        <translation>Ydelse</translation>
    </message>
    <message>
        <source>Ledighedsgrad (%)</source>
        <translation>Ledighedsgrad (%)</translation>
    </message>
    <message>
        <source>Jobcenter/enhed</source>
        <translation>Jobcenter/enhed</translation>
    </message>
    <message>
        <source>SOF-kontakt</source>
        <translation>SOF-kontakt</translation>
    </message>
    <message>
        <source>Startdato</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>Prioritet</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Bemærkning</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>KLE-gruppe</source>
        <translation>KLE-gruppe</translation>
    </message>
    <message>
        <source>intakt, kendt underskriver</source>
        <translation>intakt, kendt underskriver</translation>
    </message>
    <message>
        <source>intakt, ukendt underskriver</source>
        <translation>intakt, ukendt underskriver</translation>
    </message>
    <message>
        <source>ændret efter underskrift</source>
        <translation>ændret efter underskrift</translation>
    </message>
    <message>
        <source>ikke underskrevet</source>
        <translation>ikke underskrevet</translation>
    </message>
    <message>
        <source>intakt, tilbagekaldt underskriver</source>
        <translation>intakt, tilbagekaldt underskriver</translation>
    </message>
    <message>
        <source>kunne ikke kontrolleres</source>
        <translation>kunne ikke kontrolleres</translation>
    </message>
    <message>
        <source>lokal</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>teamet</source>
        <translation>teamet</translation>
    </message>
    <message>
        <source>fællesmappe</source>
        <translation>fællesmappe</translation>
    </message>
    <message>
        <source>Den forberedende del henviser nu til bekendtgørelse nr. 2408 af 13/12/2021 §§ 2-4 (før: BEK 1708/2024, som ikke kunne bekræftes).</source>
        <translation>Den forberedende del henviser nu til bekendtgørelse nr. 2408 af 13/12/2021 §§ 2-4 (før: BEK 1708/2024, som ikke kunne bekræftes).</translation>
    </message>
    <message>
        <source>Helhedsorienteret plan: henvisningen er rettet fra LAB § 46 til LAB § 40, stk. 3 (samtykke og næste skridt).</source>
        <translation>Helhedsorienteret plan: henvisningen er rettet fra LAB § 46 til LAB § 40, stk. 3 (samtykke og næste skridt).</translation>
    </message>
    <message>
        <source>Afklaringsretning og rehabiliteringsteamets indstilling: »Nyt jobafklaringsforløb« (LAB § 111 a) og »Indsats under sygedagpenge« (kategori 3) er fjernet; begge er afskaffet ved lov nr. 1657 af 30/12/2024.</source>
        <translation>Afklaringsretning og rehabiliteringsteamets indstilling: »Nyt jobafklaringsforløb« (LAB § 111 a) og »Indsats under sygedagpenge« (kategori 3) er fjernet; begge er afskaffet ved lov nr. 1657 af 30/12/2024.</translation>
    </message>
    <message>
        <source>Taskforce-gennemgang</source>
        <translation>Taskforce-gennemgang</translation>
    </message>
    <message>
        <source>Sagsoplysning</source>
        <translation>Sagsoplysning</translation>
    </message>
    <message>
        <source>Den forberedende del beskriver og dokumenterer borgerens situation sammen med borgeren. Skriv hvad der er oplyst og hvor det kommer fra – ingen vurdering eller anbefaling her.</source>
        <translation>Den forberedende del beskriver og dokumenterer borgerens situation sammen med borgeren. Skriv hvad der er oplyst og hvor det kommer fra – ingen vurdering eller anbefaling her.</translation>
    </message>
    <message>
        <source>Erfaringer og ressourcer (job, uddannelse, CV)</source>
        <translation>Erfaringer og ressourcer (job, uddannelse, CV)</translation>
    </message>
    <message>
        <source>Beskriv uddannelse og arbejde med årstal og varighed, også korte ansættelser, praktikker og frivilligt arbejde. Nævn hvad borgeren selv fremhæver som det, der gik godt.</source>
        <translation>Beskriv uddannelse og arbejde med årstal og varighed, også korte ansættelser, praktikker og frivilligt arbejde. Nævn hvad borgeren selv fremhæver som det, der gik godt.</translation>
    </message>
    <message>
        <source>9. klasse 1998. Lager hos Coop 2003–2005 (fuldtid, ophørte pga. rygsmerter). Praktik i genbrugsbutik 2023, 10 t/uge i 8 uger: mødestabil, god til kunder.</source>
        <translation>9. klasse 1998. Lager hos Coop 2003–2005 (fuldtid, ophørte pga. rygsmerter). Praktik i genbrugsbutik 2023, 10 t/uge i 8 uger: mødestabil, god til kunder.</translation>
    </message>
    <message>
        <source>Personlige ressourcer (familie, netværk)</source>
        <translation>Personlige ressourcer (familie, netværk)</translation>
    </message>
    <message>
        <source>Hvem har borgeren omkring sig, og hvad hjælper de med? Interesser og styrker.</source>
        <translation>Hvem har borgeren omkring sig, og hvad hjælper de med? Interesser og styrker.</translation>
    </message>
    <message>
        <source>Bor alene. Tæt kontakt til søster, som hjælper med post og aftaler. Går til fodbold.</source>
        <translation>Bor alene. Tæt kontakt til søster, som hjælper med post og aftaler. Går til fodbold.</translation>
    </message>
    <message>
        <source>Beskæftigelsesmæssige og sociale udfordringer</source>
        <translation>Beskæftigelsesmæssige og sociale udfordringer</translation>
    </message>
    <message>
        <source>Konkrete forhold der står i vejen for job eller uddannelse: bolig, økonomi, misbrug, sprog, transport. Beskriv hvad der sker i hverdagen, ikke diagnoser alene.</source>
        <translation>Konkrete forhold der står i vejen for job eller uddannelse: bolig, økonomi, misbrug, sprog, transport. Beskriv hvad der sker i hverdagen, ikke diagnoser alene.</translation>
    </message>
    <message>
        <source>Har været uden fast bolig siden 2022 og bor på herberg. Gæld til inkasso.</source>
        <translation>Har været uden fast bolig siden 2022 og bor på herberg. Gæld til inkasso.</translation>
    </message>
    <message>
        <source>Fremtidige ønsker til job og uddannelse</source>
        <translation>Fremtidige ønsker til job og uddannelse</translation>
    </message>
    <message>
        <source>Borgerens egne ønsker med borgerens ord. Skriv også hvad borgeren ikke ønsker.</source>
        <translation>Borgerens egne ønsker med borgerens ord. Skriv også hvad borgeren ikke ønsker.</translation>
    </message>
    <message>
        <source>»Jeg vil gerne noget med dyr, men ikke på et kontor.«</source>
        <translation>»Jeg vil gerne noget med dyr, men ikke på et kontor.«</translation>
    </message>
    <message>
        <source>Helbredssituation (undersøgelse, behandling, dokumentation)</source>
        <translation>Helbredssituation (undersøgelse, behandling, dokumentation)</translation>
    </message>
    <message>
        <source>Igangværende undersøgelser og behandling, hvem der behandler, og hvilken dokumentation der findes (med dato). Gengiv lægelige oplysninger, vurder dem ikke.</source>
        <translation>Igangværende undersøgelser og behandling, hvem der behandler, og hvilken dokumentation der findes (med dato). Gengiv lægelige oplysninger, vurder dem ikke.</translation>
    </message>
    <message>
        <source>Depression, i behandling hos egen læge siden 2021 (LÆ 265 af 03.02.2025).</source>
        <translation>Depression, i behandling hos egen læge siden 2021 (LÆ 265 af 03.02.2025).</translation>
    </message>
    <message>
        <source>Borgerens egen vurdering af helbredets betydning for job/uddannelse</source>
        <translation>Borgerens egen vurdering af helbredets betydning for job/uddannelse</translation>
    </message>
    <message>
        <source>Hvad siger borgeren selv om, hvordan helbredet påvirker muligheden for arbejde?</source>
        <translation>Hvad siger borgeren selv om, hvordan helbredet påvirker muligheden for arbejde?</translation>
    </message>
    <message>
        <source>Borgeren oplever, at søvnproblemer gør det svært at møde før kl. 10.</source>
        <translation>Borgeren oplever, at søvnproblemer gør det svært at møde før kl. 10.</translation>
    </message>
    <message>
        <source>Forsørgelseshistorik</source>
        <translation>Forsørgelseshistorik</translation>
    </message>
    <message>
        <source>Ydelser med perioder, fx kontanthjælp, sygedagpenge, ressourceforløb.</source>
        <translation>Ydelser med perioder, fx kontanthjælp, sygedagpenge, ressourceforløb.</translation>
    </message>
    <message>
        <source>Kontanthjælp 2012–2019, ressourceforløb 2019–2024, kontanthjælp siden 2024.</source>
        <translation>Kontanthjælp 2012–2019, ressourceforløb 2019–2024, kontanthjælp siden 2024.</translation>
    </message>
    <message>
        <source>Hidtidig beskæftigelsesindsats</source>
        <translation>Hidtidig beskæftigelsesindsats</translation>
    </message>
    <message>
        <source>For hver indsats: indhold, formål, varighed, erfaringer og hvorfor den ikke førte til job eller uddannelse.</source>
        <translation>For hver indsats: indhold, formål, varighed, erfaringer og hvorfor den ikke førte til job eller uddannelse.</translation>
    </message>
    <message>
        <source>Virksomhedspraktik i kantine 2023 (13 uger, 6 t/uge) for at afprøve arbejdsevne. Mødte 80 %, afbrudt pga. smerter efter 3 timer.</source>
        <translation>Virksomhedspraktik i kantine 2023 (13 uger, 6 t/uge) for at afprøve arbejdsevne. Mødte 80 %, afbrudt pga. smerter efter 3 timer.</translation>
    </message>
    <message>
        <source>Hidtidig social indsats for borgeren og familien</source>
        <translation>Hidtidig social indsats for borgeren og familien</translation>
    </message>
    <message>
        <source>For hver indsats: indhold, formål, varighed, erfaringer og resultat.</source>
        <translation>For hver indsats: indhold, formål, varighed, erfaringer og resultat.</translation>
    </message>
    <message>
        <source>Bostøtte efter SEL § 85 siden 2022, 2 t/uge; har fået styr på økonomien.</source>
        <translation>Bostøtte efter SEL § 85 siden 2022, 2 t/uge; har fået styr på økonomien.</translation>
    </message>
    <message>
        <source>Arbejdsevne / resterhvervsevne</source>
        <translation>Arbejdsevne / resterhvervsevne</translation>
    </message>
    <message>
        <source>Beskriv hvad borgeren kan i dag og hvad der skal tages hensyn til, og hvilken dokumentation beskrivelsen hviler på.</source>
        <translation>Beskriv hvad borgeren kan i dag og hvad der skal tages hensyn til, og hvilken dokumentation beskrivelsen hviler på.</translation>
    </message>
    <message>
        <source>Timer pr. uge borgeren kan arbejde nu</source>
        <translation>Timer pr. uge borgeren kan arbejde nu</translation>
    </message>
    <message>
        <source>timer/uge</source>
        <translation>timer/uge</translation>
    </message>
    <message>
        <source>Det antal timer borgeren i dag kan arbejde, set over flere uger.</source>
        <translation>Det antal timer borgeren i dag kan arbejde, set over flere uger.</translation>
    </message>
    <message>
        <source>Arbejdsintensitet</source>
        <translation>Arbejdsintensitet</translation>
    </message>
    <message>
        <source>Almindelig</source>
        <translation>Almindelig</translation>
    </message>
    <message>
        <source>Nedsat</source>
        <translation>Nedsat</translation>
    </message>
    <message>
        <source>Meget nedsat</source>
        <translation>Meget nedsat</translation>
    </message>
    <message>
        <source>Kan ikke vurderes endnu</source>
        <translation>Kan ikke vurderes endnu</translation>
    </message>
    <message>
        <source>Hvor meget kan borgeren nå i timerne sammenlignet med en kollega?</source>
        <translation>Hvor meget kan borgeren nå i timerne sammenlignet med en kollega?</translation>
    </message>
    <message>
        <source>Skånehensyn</source>
        <translation>Skånehensyn</translation>
    </message>
    <message>
        <source>Hvad skal undgås, og hvorfor? Fx tunge løft, støj, tidspres, kundekontakt.</source>
        <translation>Hvad skal undgås, og hvorfor? Fx tunge løft, støj, tidspres, kundekontakt.</translation>
    </message>
    <message>
        <source>Ingen løft over 5 kg. Pauser hver time. Ikke alene med kunder.</source>
        <translation>Ingen løft over 5 kg. Pauser hver time. Ikke alene med kunder.</translation>
    </message>
    <message>
        <source>Udviklingsmuligheder</source>
        <translation>Udviklingsmuligheder</translation>
    </message>
    <message>
        <source>Kan arbejdsevnen udvikles, hvordan, og hvad taler for og imod?</source>
        <translation>Kan arbejdsevnen udvikles, hvordan, og hvad taler for og imod?</translation>
    </message>
    <message>
        <source>Timetallet kan øges gradvist, hvis smertebehandlingen virker.</source>
        <translation>Timetallet kan øges gradvist, hvis smertebehandlingen virker.</translation>
    </message>
    <message>
        <source>Tidshorisont for udvikling</source>
        <translation>Tidshorisont for udvikling</translation>
    </message>
    <message>
        <source>Under 6 måneder</source>
        <translation>Under 6 måneder</translation>
    </message>
    <message>
        <source>6–12 måneder</source>
        <translation>6–12 måneder</translation>
    </message>
    <message>
        <source>1–2 år</source>
        <translation>1–2 år</translation>
    </message>
    <message>
        <source>Over 2 år</source>
        <translation>Over 2 år</translation>
    </message>
    <message>
        <source>Ingen forventet udvikling</source>
        <translation>Ingen forventet udvikling</translation>
    </message>
    <message>
        <source>Dokumentation der foreligger</source>
        <translation>Dokumentation der foreligger</translation>
    </message>
    <message>
        <source>LÆ 265 (lægeattest til rehabiliteringsteamet)</source>
        <translation>LÆ 265 (lægeattest til rehabiliteringsteamet)</translation>
    </message>
    <message>
        <source>LÆ 125 (statusattest)</source>
        <translation>LÆ 125 (statusattest)</translation>
    </message>
    <message>
        <source>Speciallægeerklæring (Klinisk Funktion)</source>
        <translation>Speciallægeerklæring (Klinisk Funktion)</translation>
    </message>
    <message>
        <source>Resultater fra virksomhedspraktik/arbejdsprøvning (LAB § 57)</source>
        <translation>Resultater fra virksomhedspraktik/arbejdsprøvning (LAB § 57)</translation>
    </message>
    <message>
        <source>Sæt kryds ved det der ligger i sagen nu.</source>
        <translation>Sæt kryds ved det der ligger i sagen nu.</translation>
    </message>
    <message>
        <source>Hvad viser dokumentationen?</source>
        <translation>Hvad viser dokumentationen?</translation>
    </message>
    <message>
        <source>Datoer og hovedindhold af de nævnte dokumenter.</source>
        <translation>Datoer og hovedindhold af de nævnte dokumenter.</translation>
    </message>
    <message>
        <source>Socialfaglige observationer</source>
        <translation>Socialfaglige observationer</translation>
    </message>
    <message>
        <source>Observationer fra dem, der ser borgeren i hverdagen. Skriv hvad der er set og hørt, med dato og kilde.</source>
        <translation>Observationer fra dem, der ser borgeren i hverdagen. Skriv hvad der er set og hørt, med dato og kilde.</translation>
    </message>
    <message>
        <source>Observationer</source>
        <translation>Observationer</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Bostøtte</source>
        <translation>Bostøtte</translation>
    </message>
    <message>
        <source>Hjemmevejleder</source>
        <translation>Hjemmevejleder</translation>
    </message>
    <message>
        <source>Støttekontaktperson (SEL § 99)</source>
        <translation>Støttekontaktperson (SEL § 99)</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Hvad blev observeret</source>
        <translation>Hvad blev observeret</translation>
    </message>
    <message>
        <source>Konkret adfærd og situationer – hvad skete, hvor ofte, hvad hjalp.</source>
        <translation>Konkret adfærd og situationer – hvad skete, hvor ofte, hvad hjalp.</translation>
    </message>
    <message>
        <source>Møder til aftaler, når der ringes dagen før. Går hjem efter ca. 2 timer.</source>
        <translation>Møder til aftaler, når der ringes dagen før. Går hjem efter ca. 2 timer.</translation>
    </message>
    <message>
        <source>Livsområder</source>
        <translation>Livsområder</translation>
    </message>
    <message>
        <source>Bolig</source>
        <translation>Bolig</translation>
    </message>
    <message>
        <source>Økonomi</source>
        <translation>Økonomi</translation>
    </message>
    <message>
        <source>Netværk</source>
        <translation>Netværk</translation>
    </message>
    <message>
        <source>Dagligdag</source>
        <translation>Dagligdag</translation>
    </message>
    <message>
        <source>Støttebehov (KL&apos;s skala)</source>
        <translation>Støttebehov (KL&apos;s skala)</translation>
    </message>
    <message>
        <source>Intet</source>
        <translation>Intet</translation>
    </message>
    <message>
        <source>Let</source>
        <translation>Let</translation>
    </message>
    <message>
        <source>Moderat</source>
        <translation>Moderat</translation>
    </message>
    <message>
        <source>Højt</source>
        <translation>Højt</translation>
    </message>
    <message>
        <source>Fuldstændigt</source>
        <translation>Fuldstændigt</translation>
    </message>
    <message>
        <source>Ikke vurderet</source>
        <translation>Ikke vurderet</translation>
    </message>
    <message>
        <source>Borgerens perspektiv</source>
        <translation>Borgerens perspektiv</translation>
    </message>
    <message>
        <source>Borgerens eget syn og ønsker</source>
        <translation>Borgerens eget syn og ønsker</translation>
    </message>
    <message>
        <source>Borgerens egne ord om situationen og hvad der skal ske. Citér gerne.</source>
        <translation>Borgerens egne ord om situationen og hvad der skal ske. Citér gerne.</translation>
    </message>
    <message>
        <source>»Jeg vil gerne have noget at stå op til, men ikke fuld tid.«</source>
        <translation>»Jeg vil gerne have noget at stå op til, men ikke fuld tid.«</translation>
    </message>
    <message>
        <source>Har borgeren deltaget i gennemgangen?</source>
        <translation>Har borgeren deltaget i gennemgangen?</translation>
    </message>
    <message>
        <source>Samtykke</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Samtykke registreres pr. formål og modtager og hører til sagen, ikke kun denne gennemgang. Sundhedskoordinatorens kontakt til egen læge kræver skriftligt samtykke.</source>
        <translation>Samtykke registreres pr. formål og modtager og hører til sagen, ikke kun denne gennemgang. Sundhedskoordinatorens kontakt til egen læge kræver skriftligt samtykke.</translation>
    </message>
    <message>
        <source>Vurdering</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Afklaringsretning</source>
        <translation>Afklaringsretning</translation>
    </message>
    <message>
        <source>Hvilken anden indsats?</source>
        <translation>Hvilken anden indsats?</translation>
    </message>
    <message>
        <source>Forelægges sagen for rehabiliteringsteamet?</source>
        <translation>Forelægges sagen for rehabiliteringsteamet?</translation>
    </message>
    <message>
        <source>Begrundelse</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Hvorfor forelægges sagen (eller hvorfor ikke)?</source>
        <translation>Hvorfor forelægges sagen (eller hvorfor ikke)?</translation>
    </message>
    <message>
        <source>Hvad er afvejet</source>
        <translation>Hvad er afvejet</translation>
    </message>
    <message>
        <source>Sociale forhold</source>
        <translation>Sociale forhold</translation>
    </message>
    <message>
        <source>Afgørelse</source>
        <translation>Afgørelse</translation>
    </message>
    <message>
        <source>Fører gennemgangen til en afgørelse, skal borgeren partshøres (forvaltningsloven § 19), afgørelsen begrundes (forvaltningsloven §§ 22-24) og have klagevejledning (forvaltningsloven § 25). Alle tre skal være udfyldt, før gennemgangen kan underskrives, og de står i resuméet.</source>
        <translation>Fører gennemgangen til en afgørelse, skal borgeren partshøres (forvaltningsloven § 19), afgørelsen begrundes (forvaltningsloven §§ 22-24) og have klagevejledning (forvaltningsloven § 25). Alle tre skal være udfyldt, før gennemgangen kan underskrives, og de står i resuméet.</translation>
    </message>
    <message>
        <source>Afsnittet udfyldes kun, når gennemgangen fører til en afgørelse: når afklaringsretningen er fleksjob, tilskud til selvstændig, førtidspension eller ressourceforløb.</source>
        <translation>Afsnittet udfyldes kun, når gennemgangen fører til en afgørelse: når afklaringsretningen er fleksjob, tilskud til selvstændig, førtidspension eller ressourceforløb.</translation>
    </message>
    <message>
        <source>Partshøring: dato</source>
        <translation>Partshøring: dato</translation>
    </message>
    <message>
        <source>forvaltningsloven § 19</source>
        <translation>forvaltningsloven § 19</translation>
    </message>
    <message>
        <source>Den dag borgeren fik oplysningerne i sagen til udtalelse. Datoen kan ikke ligge før gennemgangens start eller efter underskriften.</source>
        <translation>Den dag borgeren fik oplysningerne i sagen til udtalelse. Datoen kan ikke ligge før gennemgangens start eller efter underskriften.</translation>
    </message>
    <message>
        <source>Partshøring: form</source>
        <translation>Partshøring: form</translation>
    </message>
    <message>
        <source>Skriftlig</source>
        <translation>Skriftlig</translation>
    </message>
    <message>
        <source>Mundtlig</source>
        <translation>Mundtlig</translation>
    </message>
    <message>
        <source>Telefonisk</source>
        <translation>Telefonisk</translation>
    </message>
    <message>
        <source>Partshøring: borgeren havde ingen bemærkninger</source>
        <translation>Partshøring: borgeren havde ingen bemærkninger</translation>
    </message>
    <message>
        <source>Vælg »Ja«, hvis borgeren ikke havde bemærkninger; ellers skrives bemærkningerne.</source>
        <translation>Vælg »Ja«, hvis borgeren ikke havde bemærkninger; ellers skrives bemærkningerne.</translation>
    </message>
    <message>
        <source>Partshøring: borgerens bemærkninger</source>
        <translation>Partshøring: borgerens bemærkninger</translation>
    </message>
    <message>
        <source>Gengiv borgerens bemærkninger, og hvordan de indgår i afgørelsen.</source>
        <translation>Gengiv borgerens bemærkninger, og hvordan de indgår i afgørelsen.</translation>
    </message>
    <message>
        <source>Borgeren mener ikke, at praktikken i 2023 viser hele arbejdsevnen; det er noteret.</source>
        <translation>Borgeren mener ikke, at praktikken i 2023 viser hele arbejdsevnen; det er noteret.</translation>
    </message>
    <message>
        <source>Begrundelse for afgørelsen</source>
        <translation>Begrundelse for afgørelsen</translation>
    </message>
    <message>
        <source>forvaltningsloven §§ 22-24</source>
        <translation>forvaltningsloven §§ 22-24</translation>
    </message>
    <message>
        <source>De regler afgørelsen bygger på, de faktiske forhold der er lagt vægt på, og de hensyn der har været afgørende for skønnet.</source>
        <translation>De regler afgørelsen bygger på, de faktiske forhold der er lagt vægt på, og de hensyn der har været afgørende for skønnet.</translation>
    </message>
    <message>
        <source>Klagevejledning</source>
        <translation>Klagevejledning</translation>
    </message>
    <message>
        <source>forvaltningsloven § 25</source>
        <translation>forvaltningsloven § 25</translation>
    </message>
    <message>
        <source>Indsæt standardteksten med knappen, og ret den, hvis afgørelsen har en anden klageadgang.</source>
        <translation>Indsæt standardteksten med knappen, og ret den, hvis afgørelsen har en anden klageadgang.</translation>
    </message>
    <message>
        <source>Næste skridt</source>
        <translation>Næste skridt</translation>
    </message>
    <message>
        <source>Aftal hvem der gør hvad og hvornår. Mindst ét næste skridt.</source>
        <translation>Aftal hvem der gør hvad og hvornår. Mindst ét næste skridt.</translation>
    </message>
    <message>
        <source>Helhedsorienteret plan</source>
        <translation>Helhedsorienteret plan</translation>
    </message>
    <message>
        <source>LAB § 46</source>
        <translation>LAB § 46</translation>
    </message>
    <message>
        <source>Indhent lægeattest</source>
        <translation>Indhent lægeattest</translation>
    </message>
    <message>
        <source>LÆ 265</source>
        <translation>LÆ 265</translation>
    </message>
    <message>
        <source>Indhent statusattest</source>
        <translation>Indhent statusattest</translation>
    </message>
    <message>
        <source>LÆ 125</source>
        <translation>LÆ 125</translation>
    </message>
    <message>
        <source>Socialmedicinsk vurdering</source>
        <translation>Socialmedicinsk vurdering</translation>
    </message>
    <message>
        <source>Klinisk Funktion</source>
        <translation>Klinisk Funktion</translation>
    </message>
    <message>
        <source>Virksomhedspraktik</source>
        <translation>Virksomhedspraktik</translation>
    </message>
    <message>
        <source>LAB kap. 11</source>
        <translation>LAB kap. 11</translation>
    </message>
    <message>
        <source>Løntilskud</source>
        <translation>Løntilskud</translation>
    </message>
    <message>
        <source>LAB kap. 12</source>
        <translation>LAB kap. 12</translation>
    </message>
    <message>
        <source>Vejledning og opkvalificering</source>
        <translation>Vejledning og opkvalificering</translation>
    </message>
    <message>
        <source>LAB kap. 14</source>
        <translation>LAB kap. 14</translation>
    </message>
    <message>
        <source>LAB §§ 167-171</source>
        <translation>LAB §§ 167-171</translation>
    </message>
    <message>
        <source>Hjælpemidler</source>
        <translation>Hjælpemidler</translation>
    </message>
    <message>
        <source>LAB § 172</source>
        <translation>LAB § 172</translation>
    </message>
    <message>
        <source>Socialpædagogisk støtte</source>
        <translation>Socialpædagogisk støtte</translation>
    </message>
    <message>
        <source>SEL § 85</source>
        <translation>SEL § 85</translation>
    </message>
    <message>
        <source>Bostøtte efter housing first</source>
        <translation>Bostøtte efter housing first</translation>
    </message>
    <message>
        <source>SEL § 85 a</source>
        <translation>SEL § 85 a</translation>
    </message>
    <message>
        <source>Støtte- og kontaktperson</source>
        <translation>Støtte- og kontaktperson</translation>
    </message>
    <message>
        <source>SEL § 99</source>
        <translation>SEL § 99</translation>
    </message>
    <message>
        <source>Misbrugsbehandling</source>
        <translation>Misbrugsbehandling</translation>
    </message>
    <message>
        <source>SEL § 101</source>
        <translation>SEL § 101</translation>
    </message>
    <message>
        <source>Herberg</source>
        <translation>Herberg</translation>
    </message>
    <message>
        <source>SEL § 110</source>
        <translation>SEL § 110</translation>
    </message>
    <message>
        <source>Botilbud</source>
        <translation>Botilbud</translation>
    </message>
    <message>
        <source>SEL §§ 107/108</source>
        <translation>SEL §§ 107/108</translation>
    </message>
    <message>
        <source>rehabiliteringsteamet</source>
        <translation>rehabiliteringsteamet</translation>
    </message>
    <message>
        <source>Rehabiliteringsteam</source>
        <translation>Rehabiliteringsteam</translation>
    </message>
    <message>
        <source>Arbejdsevne</source>
        <translation>Arbejdsevne</translation>
    </message>
    <message>
        <source>Beskriv hvad borgeren kan i dag og hvad der skal tages hensyn til, og hvilken dokumentation beskrivelsen hviler på. Lovene siger arbejdsevne (taskforcen siger ofte resterhvervsevne).</source>
        <translation>Beskriv hvad borgeren kan i dag og hvad der skal tages hensyn til, og hvilken dokumentation beskrivelsen hviler på. Lovene siger arbejdsevne (taskforcen siger ofte resterhvervsevne).</translation>
    </message>
    <message>
        <source>Timetallet kan ikke vurderes endnu</source>
        <translation>Timetallet kan ikke vurderes endnu</translation>
    </message>
    <message>
        <source>Vælg »Ja«, hvis der ikke er grundlag for at angive et timetal nu.</source>
        <translation>Vælg »Ja«, hvis der ikke er grundlag for at angive et timetal nu.</translation>
    </message>
    <message>
        <source>Hvorfor kan timetallet ikke vurderes, og hvad skal der til?</source>
        <translation>Hvorfor kan timetallet ikke vurderes, og hvad skal der til?</translation>
    </message>
    <message>
        <source>Ingen arbejdsprøvning endnu; afklares i virksomhedspraktik.</source>
        <translation>Ingen arbejdsprøvning endnu; afklares i virksomhedspraktik.</translation>
    </message>
    <message>
        <source>Hvad er oplyst om, hvorvidt arbejdsevnen kan udvikles, og hvordan?</source>
        <translation>Hvad er oplyst om, hvorvidt arbejdsevnen kan udvikles, og hvordan?</translation>
    </message>
    <message>
        <source>Sæt kryds ved det der ligger i sagen nu. En aktuel LÆ 265 skal foreligge, når sagen forelægges rehabiliteringsteamet.</source>
        <translation>Sæt kryds ved det der ligger i sagen nu. En aktuel LÆ 265 skal foreligge, når sagen forelægges rehabiliteringsteamet.</translation>
    </message>
    <message>
        <source>Ingen socialfaglige observationer foreligger</source>
        <translation>Ingen socialfaglige observationer foreligger</translation>
    </message>
    <message>
        <source>Vælg »Ja«, hvis borgeren ikke har mentor, bostøtte eller en anden støtteperson.</source>
        <translation>Vælg »Ja«, hvis borgeren ikke har mentor, bostøtte eller en anden støtteperson.</translation>
    </message>
    <message>
        <source>Hvorfor foreligger der ingen observationer?</source>
        <translation>Hvorfor foreligger der ingen observationer?</translation>
    </message>
    <message>
        <source>Borgeren har ingen støtteperson; har ikke ønsket bostøtte.</source>
        <translation>Borgeren har ingen støtteperson; har ikke ønsket bostøtte.</translation>
    </message>
    <message>
        <source>Hvilken anden kilde?</source>
        <translation>Hvilken anden kilde?</translation>
    </message>
    <message>
        <source>Hvordan har borgeren deltaget?</source>
        <translation>Hvordan har borgeren deltaget?</translation>
    </message>
    <message>
        <source>Deltog i samtalen</source>
        <translation>Deltog i samtalen</translation>
    </message>
    <message>
        <source>Deltog med bisidder</source>
        <translation>Deltog med bisidder</translation>
    </message>
    <message>
        <source>Deltog telefonisk eller digitalt</source>
        <translation>Deltog telefonisk eller digitalt</translation>
    </message>
    <message>
        <source>Bidrog skriftligt</source>
        <translation>Bidrog skriftligt</translation>
    </message>
    <message>
        <source>Deltog ikke</source>
        <translation>Deltog ikke</translation>
    </message>
    <message>
        <source>Hvorfor deltog borgeren ikke, og hvordan er borgerens synspunkter kommet med?</source>
        <translation>Hvorfor deltog borgeren ikke, og hvordan er borgerens synspunkter kommet med?</translation>
    </message>
    <message>
        <source>Samtykke og hjemmel</source>
        <translation>Samtykke og hjemmel</translation>
    </message>
    <message>
        <source>Hver informationsstrøm hviler på en hjemmel eller et samtykke. Deling mellem BIF og SOF hviler på hjemmel, ikke samtykke. Samtykke registreres pr. formål og hører til sagen. Sundhedskoordinatorens kontakt til egen læge kræver skriftligt samtykke.</source>
        <translation>Hver informationsstrøm hviler på en hjemmel eller et samtykke. Deling mellem BIF og SOF hviler på hjemmel, ikke samtykke. Samtykke registreres pr. formål og hører til sagen. Sundhedskoordinatorens kontakt til egen læge kræver skriftligt samtykke.</translation>
    </message>
    <message>
        <source>Taskforcens vurdering</source>
        <translation>Taskforcens vurdering</translation>
    </message>
    <message>
        <source>Taskforcens vurdering og anbefaling. Den står i del B og hører ikke til den forberedende del.</source>
        <translation>Taskforcens vurdering og anbefaling. Den står i del B og hører ikke til den forberedende del.</translation>
    </message>
    <message>
        <source>Der foreligger ingen aktuel LÆ 265. Hvorfor forelægges sagen alligevel?</source>
        <translation>Der foreligger ingen aktuel LÆ 265. Hvorfor forelægges sagen alligevel?</translation>
    </message>
    <message>
        <source>En manglende aktuel LÆ 265 er en kendt grund til, at afgørelser ophæves (Ankestyrelsens praksis). Indhent attesten (næste skridt), eller skriv begrundelsen.</source>
        <translation>En manglende aktuel LÆ 265 er en kendt grund til, at afgørelser ophæves (Ankestyrelsens praksis). Indhent attesten (næste skridt), eller skriv begrundelsen.</translation>
    </message>
    <message>
        <source>Afvejet – beskæftigelse: hvilke forhold, og hvorfor?</source>
        <translation>Afvejet – beskæftigelse: hvilke forhold, og hvorfor?</translation>
    </message>
    <message>
        <source>Afvejet – sociale forhold: hvilke forhold, og hvorfor?</source>
        <translation>Afvejet – sociale forhold: hvilke forhold, og hvorfor?</translation>
    </message>
    <message>
        <source>Afvejet – helbred: hvilke forhold, og hvorfor?</source>
        <translation>Afvejet – helbred: hvilke forhold, og hvorfor?</translation>
    </message>
    <message>
        <source>Behandling som led i myndighedsudøvelse</source>
        <translation>Behandling som led i myndighedsudøvelse</translation>
    </message>
    <message>
        <source>databeskyttelsesforordningen art. 6, stk. 1, litra e, og art. 9 med databeskyttelsesloven</source>
        <translation>databeskyttelsesforordningen art. 6, stk. 1, litra e, og art. 9 med databeskyttelsesloven</translation>
    </message>
    <message>
        <source>Lovpligtig sundhedsfaglig rådgivning i sager om fleksjob og førtidspension</source>
        <translation>Lovpligtig sundhedsfaglig rådgivning i sager om fleksjob og førtidspension</translation>
    </message>
    <message>
        <source>Indhentning af oplysninger fra læger, sygehuse og arbejdsgivere</source>
        <translation>Indhentning af oplysninger fra læger, sygehuse og arbejdsgivere</translation>
    </message>
    <message>
        <source>retssikkerhedsloven § 11 a</source>
        <translation>retssikkerhedsloven § 11 a</translation>
    </message>
    <message>
        <source>Læger, sygehuse, arbejdsgivere og private leverandører</source>
        <translation>Læger, sygehuse, arbejdsgivere og private leverandører</translation>
    </message>
    <message>
        <source>LAB § 40, stk. 3</source>
        <translation>LAB § 40, stk. 3</translation>
    </message>
    <message>
        <source>Ny informationsstrøm: økonomiske oplysninger fra andre myndigheder indhentes uden samtykke (retssikkerhedsloven § 11 a, stk. 2).</source>
        <translation>Ny informationsstrøm: økonomiske oplysninger fra andre myndigheder indhentes uden samtykke (retssikkerhedsloven § 11 a, stk. 2).</translation>
    </message>
    <message>
        <source>Hvert samtykke siger nu, hvad der sker, hvis borgeren afviser eller tilbagekalder det (oplysninger fra læger m.fl.: sagen afgøres på de oplysninger, der foreligger, retssikkerhedsloven § 11 b); følgen registreres med afslaget og står i resuméet.</source>
        <translation>Hvert samtykke siger nu, hvad der sker, hvis borgeren afviser eller tilbagekalder det (oplysninger fra læger m.fl.: sagen afgøres på de oplysninger, der foreligger, retssikkerhedsloven § 11 b); følgen registreres med afslaget og står i resuméet.</translation>
    </message>
    <message>
        <source>Hjemlen til at behandle CPR-nummeret (databeskyttelsesloven § 11) står i resuméet og i borgerens adgangslog.</source>
        <translation>Hjemlen til at behandle CPR-nummeret (databeskyttelsesloven § 11) står i resuméet og i borgerens adgangslog.</translation>
    </message>
    <message>
        <source>Hver informationsstrøm hviler på en hjemmel eller et samtykke. Deling mellem BIF og SOF hviler på hjemmel, ikke samtykke. Samtykke registreres pr. formål og hører til sagen. Sundhedskoordinatorens kontakt til egen læge kræver skriftligt samtykke. Afviser eller tilbagekalder borgeren et samtykke, står følgen ved samtykket; den registreres med afslaget.</source>
        <translation>Hver informationsstrøm hviler på en hjemmel eller et samtykke. Deling mellem BIF og SOF hviler på hjemmel, ikke samtykke. Samtykke registreres pr. formål og hører til sagen. Sundhedskoordinatorens kontakt til egen læge kræver skriftligt samtykke. Afviser eller tilbagekalder borgeren et samtykke, står følgen ved samtykket; den registreres med afslaget.</translation>
    </message>
    <message>
        <source>Indhentning af økonomiske oplysninger fra andre myndigheder uden samtykke</source>
        <translation>Indhentning af økonomiske oplysninger fra andre myndigheder uden samtykke</translation>
    </message>
    <message>
        <source>retssikkerhedsloven § 11 a, stk. 2</source>
        <translation>retssikkerhedsloven § 11 a, stk. 2</translation>
    </message>
    <message>
        <source>Behandling af CPR-nummeret til entydig identifikation af borgeren</source>
        <translation>Behandling af CPR-nummeret til entydig identifikation af borgeren</translation>
    </message>
    <message>
        <source>databeskyttelsesloven § 11</source>
        <translation>databeskyttelsesloven § 11</translation>
    </message>
    <message>
        <source>Oplysningerne indhentes ikke; sagen afgøres på de oplysninger, der foreligger</source>
        <translation>Oplysningerne indhentes ikke; sagen afgøres på de oplysninger, der foreligger</translation>
    </message>
    <message>
        <source>Oplysningerne indhentes ikke; sagen afgøres på de oplysninger, der foreligger (retssikkerhedsloven § 11 b)</source>
        <translation>Oplysningerne indhentes ikke; sagen afgøres på de oplysninger, der foreligger (retssikkerhedsloven § 11 b)</translation>
    </message>
    <message>
        <source>retssikkerhedsloven § 11 b</source>
        <translation>retssikkerhedsloven § 11 b</translation>
    </message>
    <message>
        <source>Afsnittet udfyldes kun, når gennemgangen fører til en afgørelse: når afklaringsretningen er fleksjob, tilskud til selvstændigt erhvervsdrivende eller førtidspension.</source>
        <translation>Afsnittet udfyldes kun, når gennemgangen fører til en afgørelse: når afklaringsretningen er fleksjob, tilskud til selvstændigt erhvervsdrivende eller førtidspension.</translation>
    </message>
    <message>
        <source>Der udarbejdes ingen helhedsorienteret plan; indsatsen planlægges som hidtil</source>
        <translation>Der udarbejdes ingen helhedsorienteret plan; indsatsen planlægges som hidtil</translation>
    </message>
    <message>
        <source>sundhedsloven § 43</source>
        <translation>sundhedsloven § 43</translation>
    </message>
    <message>
        <source>Sundhedskoordinatoren kontakter ikke egen læge; den sundhedsfaglige rådgivning gives på de oplysninger, der foreligger</source>
        <translation>Sundhedskoordinatoren kontakter ikke egen læge; den sundhedsfaglige rådgivning gives på de oplysninger, der foreligger</translation>
    </message>
    <message>
        <source>Udveksling af oplysninger mellem BIF og SOF</source>
        <translation>Udveksling af oplysninger mellem BIF og SOF</translation>
    </message>
    <message>
        <source>Sundhedskoordinatorens sundhedsfaglige rådgivning</source>
        <translation>Sundhedskoordinatorens sundhedsfaglige rådgivning</translation>
    </message>
    <message>
        <source>Sundhedskoordinator (Region Hovedstaden)</source>
        <translation>Sundhedskoordinator (Region Hovedstaden)</translation>
    </message>
    <message>
        <source>Indhentning af økonomiske oplysninger fra andre myndigheder</source>
        <translation>Indhentning af økonomiske oplysninger fra andre myndigheder</translation>
    </message>
    <message>
        <source>Andre offentlige myndigheder</source>
        <translation>Andre offentlige myndigheder</translation>
    </message>
    <message>
        <source>Helhedsorienteret plan i stedet for Min Plan</source>
        <translation>Helhedsorienteret plan i stedet for Min Plan</translation>
    </message>
    <message>
        <source>Socialmedicinsk vurdering / speciallægeattest</source>
        <translation>Socialmedicinsk vurdering / speciallægeattest</translation>
    </message>
    <message>
        <source>Inddrag sundhedskoordinator (sundhedsfaglig rådgivning)</source>
        <translation>Inddrag sundhedskoordinator (sundhedsfaglig rådgivning)</translation>
    </message>
    <message>
        <source>Behandling for stofmisbrug</source>
        <translation>Behandling for stofmisbrug</translation>
    </message>
    <message>
        <source>Alkoholbehandling</source>
        <translation>Alkoholbehandling</translation>
    </message>
    <message>
        <source>sundhedsloven § 141</source>
        <translation>sundhedsloven § 141</translation>
    </message>
    <message>
        <source>BEK nr. 2408 af 13/12/2021 § 4</source>
        <translation>BEK nr. 2408 af 13/12/2021 § 4</translation>
    </message>
    <message>
        <source>Del A. Forberedende del — beskrivelse</source>
        <translation>Del A. Forberedende del — beskrivelse</translation>
    </message>
    <message>
        <source>Del B. Taskforcens vurdering og anbefaling</source>
        <translation>Del B. Taskforcens vurdering og anbefaling</translation>
    </message>
    <message>
        <source>Indhentning af økonomiske oplysninger fra andre myndigheder uden samtykke (retssikkerhedsloven § 11 a, stk. 2)</source>
        <translation>Indhentning af økonomiske oplysninger fra andre myndigheder uden samtykke (retssikkerhedsloven § 11 a, stk. 2)</translation>
    </message>
    <message>
        <source>Behandling af CPR-nummeret til entydig identifikation af borgeren (databeskyttelsesloven § 11)</source>
        <translation>Behandling af CPR-nummeret til entydig identifikation af borgeren (databeskyttelsesloven § 11)</translation>
    </message>
    <message>
        <source>Den forberedende del henviser nu til bekendtgørelse nr. 2408 af 13/12/2021 §§ 2-4 (før: BEK 47/2026, som ikke kunne bekræftes).</source>
        <translation>Den forberedende del henviser nu til bekendtgørelse nr. 2408 af 13/12/2021 §§ 2-4 (før: BEK 47/2026, som ikke kunne bekræftes).</translation>
    </message>
    <message>
        <source>Afsnittet udfyldes kun, når gennemgangen fører til en afgørelse: når afklaringsretningen er fleksjob, tilskud til selvstændig eller førtidspension.</source>
        <translation>Afsnittet udfyldes kun, når gennemgangen fører til en afgørelse: når afklaringsretningen er fleksjob, tilskud til selvstændig eller førtidspension.</translation>
    </message>
    <message>
        <source>Skabelonen bygger på beskæftigelsesreformen (lov 1750 af 29/12/2025 og den nye lov om en aktiv beskæftigelsesindsats, ventet fra 1. januar 2027). Datoer og paragraffer er ikke bekræftet; tjek henvisningerne på retsinformation.dk, før en afgørelse bygger på dem.</source>
        <translation>Skabelonen bygger på beskæftigelsesreformen (lov 1750 af 29/12/2025 og den nye lov om en aktiv beskæftigelsesindsats, ventet fra 1. januar 2027). Datoer og paragraffer er ikke bekræftet; tjek henvisningerne på retsinformation.dk, før en afgørelse bygger på dem.</translation>
    </message>
    <message>
        <source>Samlet beskrivelse af borgerens forudsætninger</source>
        <translation>Samlet beskrivelse af borgerens forudsætninger</translation>
    </message>
    <message>
        <source>Den samlede beskrivelse beskriver og dokumenterer borgerens forudsætninger sammen med borgeren. Skriv hvad der er oplyst og hvor det kommer fra – ingen vurdering eller anbefaling her.</source>
        <translation>Den samlede beskrivelse beskriver og dokumenterer borgerens forudsætninger sammen med borgeren. Skriv hvad der er oplyst og hvor det kommer fra – ingen vurdering eller anbefaling her.</translation>
    </message>
    <message>
        <source>Sundhedsfaglig rådgivning</source>
        <translation>Sundhedsfaglig rådgivning</translation>
    </message>
    <message>
        <source>Den sundhedsfaglige rådgivning er lovpligtig i sager om fleksjob og førtidspension (lov 1750 af 29/12/2025). Skriv hvornår den blev givet, af hvem og hvad den gik ud på. Den må ikke afvente et samtykke.</source>
        <translation>Den sundhedsfaglige rådgivning er lovpligtig i sager om fleksjob og førtidspension (lov 1750 af 29/12/2025). Skriv hvornår den blev givet, af hvem og hvad den gik ud på. Den må ikke afvente et samtykke.</translation>
    </message>
    <message>
        <source>Dato for den sundhedsfaglige rådgivning</source>
        <translation>Dato for den sundhedsfaglige rådgivning</translation>
    </message>
    <message>
        <source>Rådgiver (navn og rolle, fx sundhedskoordinator eller Klinisk Funktion)</source>
        <translation>Rådgiver (navn og rolle, fx sundhedskoordinator eller Klinisk Funktion)</translation>
    </message>
    <message>
        <source>Hvad gik rådgivningen ud på?</source>
        <translation>Hvad gik rådgivningen ud på?</translation>
    </message>
    <message>
        <source>Gengiv rådgivningen; vurder den ikke her.</source>
        <translation>Gengiv rådgivningen; vurder den ikke her.</translation>
    </message>
    <message>
        <source>Sundhedskoordinatoren gennemgik journal og LÆ 265; rådgav om skånehensyn ved smerter.</source>
        <translation>Sundhedskoordinatoren gennemgik journal og LÆ 265; rådgav om skånehensyn ved smerter.</translation>
    </message>
    <message>
        <source>Tilskud til selvstændigt erhvervsdrivende</source>
        <translation>Tilskud til selvstændigt erhvervsdrivende</translation>
    </message>
    <message>
        <source>Fortsat ressourceforløb (borgeren er allerede i et)</source>
        <translation>Fortsat ressourceforløb (borgeren er allerede i et)</translation>
    </message>
    <message>
        <source>Fortsat jobafklaringsforløb (borgeren er allerede i et)</source>
        <translation>Fortsat jobafklaringsforløb (borgeren er allerede i et)</translation>
    </message>
    <message>
        <source>Hvornår startede borgerens igangværende forløb?</source>
        <translation>Hvornår startede borgerens igangværende forløb?</translation>
    </message>
    <message>
        <source>Kun borgere, der allerede er i et ressourceforløb eller jobafklaringsforløb, fortsætter i det.</source>
        <translation>Kun borgere, der allerede er i et ressourceforløb eller jobafklaringsforløb, fortsætter i det.</translation>
    </message>
    <message>
        <source>Forelægges sagen for rehabiliteringsteamet? (valgfrit)</source>
        <translation>Forelægges sagen for rehabiliteringsteamet? (valgfrit)</translation>
    </message>
    <message>
        <source>Rehabiliteringsteamet er ikke længere lovpligtigt (lov 1750 af 29/12/2025); kommunen kan stadig forelægge en sag for det. Svar kun, hvis det er besluttet.</source>
        <translation>Rehabiliteringsteamet er ikke længere lovpligtigt (lov 1750 af 29/12/2025); kommunen kan stadig forelægge en sag for det. Svar kun, hvis det er besluttet.</translation>
    </message>
    <message>
        <source>Resultater fra virksomhedspraktik/arbejdsprøvning</source>
        <translation>Resultater fra virksomhedspraktik/arbejdsprøvning</translation>
    </message>
    <message>
        <source>kan ikke læses: {reason}</source>
        <translation>kan ikke læses: {reason}</translation>
    </message>
    <message>
        <source>ugyldigt tal ({name})</source>
        <translation>ugyldigt tal ({name})</translation>
    </message>
    <message>
        <source>for dybt indlejret (højst {depth} niveauer)</source>
        <translation>for dybt indlejret (højst {depth} niveauer)</translation>
    </message>
    <message>
        <source>et tal er for langt</source>
        <translation>et tal er for langt</translation>
    </message>
    <message>
        <source>filen er for stor ({size} byte; højst {cap})</source>
        <translation>filen er for stor ({size} byte; højst {cap})</translation>
    </message>
    <message>
        <source>ikke et JSON-objekt</source>
        <translation>ikke et JSON-objekt</translation>
    </message>
    <message>
        <source>et tal er for stort</source>
        <translation>et tal er for stort</translation>
    </message>
    <message>
        <source>nøglen {key} står to gange</source>
        <translation>nøglen {key} står to gange</translation>
    </message>
    <message>
        <source>ikke gyldig UTF-8</source>
        <translation>ikke gyldig UTF-8</translation>
    </message>
    <message>
        <source>{section}: udfyld før underskrift: {fields}</source>
        <translation>{section}: udfyld før underskrift: {fields}</translation>
    </message>
    <message>
        <source>{section} › {field}: {day} ligger efter underskriftsdagen ({signing})</source>
        <translation>{section} › {field}: {day} ligger efter underskriftsdagen ({signing})</translation>
    </message>
    <message>
        <source>{section} › {field}: {day} ligger før gennemgangens start ({start})</source>
        <translation>{section} › {field}: {day} ligger før gennemgangens start ({start})</translation>
    </message>
    <message>
        <source>Skabelon {version} er rettet (rettelse {revision}); gennemgangen bruger nu den rettede udgave.</source>
        <translation>Skabelon {version} er rettet (rettelse {revision}); gennemgangen bruger nu den rettede udgave.</translation>
    </message>
    <message>
        <source>Dit svar er fjernet, vælg igen: {answer}</source>
        <translation>Dit svar er fjernet, vælg igen: {answer}</translation>
    </message>
    <message>
        <source>{done} af {total}</source>
        <translation>{done} af {total}</translation>
    </message>
    <message>
        <source>ca. {minutes} min tilbage</source>
        <translation>ca. {minutes} min tilbage</translation>
    </message>
    <message>
        <source>under 1 min tilbage</source>
        <translation>under 1 min tilbage</translation>
    </message>
    <message>
        <source>teksten indeholder et kontroltegn eller et tegn, der vender skriftretningen (U+{code})</source>
        <translation>teksten indeholder et kontroltegn eller et tegn, der vender skriftretningen (U+{code})</translation>
    </message>
    <message>
        <source>{count} dublet sprunget over (kun den første række med et CPR-nummer importeres)</source>
        <translation>{count} dublet sprunget over (kun den første række med et CPR-nummer importeres)</translation>
    </message>
    <message>
        <source>{count} dubletter sprunget over (kun den første række med et CPR-nummer importeres)</source>
        <translation>{count} dubletter sprunget over (kun den første række med et CPR-nummer importeres)</translation>
    </message>
    <message>
        <source>{count} CPR-nummer uden modulus 11-kontrol — tilladt siden 2007</source>
        <translation>{count} CPR-nummer uden modulus 11-kontrol — tilladt siden 2007</translation>
    </message>
    <message>
        <source>{count} CPR-numre uden modulus 11-kontrol — tilladt siden 2007</source>
        <translation>{count} CPR-numre uden modulus 11-kontrol — tilladt siden 2007</translation>
    </message>
    <message>
        <source>{count} række: {reason}</source>
        <translation>{count} række: {reason}</translation>
    </message>
    <message>
        <source>{count} rækker: {reason}</source>
        <translation>{count} rækker: {reason}</translation>
    </message>
    <message>
        <source>samme CPR-nummer som række {first_row}{same}</source>
        <translation>samme CPR-nummer som række {first_row}{same}</translation>
    </message>
    <message>
        <source> (identisk)</source>
        <translation> (identisk)</translation>
    </message>
    <message>
        <source>Mødedatoen {date} kan ikke være rigtig: et møde skal ligge i år {year} eller senere</source>
        <translation>Mødedatoen {date} kan ikke være rigtig: et møde skal ligge i år {year} eller senere</translation>
    </message>
    <message>
        <source>Mødedatoen {date} ligger mere end {years} år ude i fremtiden; et møde kan planlægges til senest {latest}</source>
        <translation>Mødedatoen {date} ligger mere end {years} år ude i fremtiden; et møde kan planlægges til senest {latest}</translation>
    </message>
    <message>
        <source>Navn skal udfyldes</source>
        <translation>Navn skal udfyldes</translation>
    </message>
    <message>
        <source>Initialer skal være 2-6 bogstaver</source>
        <translation>Initialer skal være 2-6 bogstaver</translation>
    </message>
    <message>
        <source>en PDF-fil</source>
        <translation>en PDF-fil</translation>
    </message>
    <message>
        <source>et billede (PNG)</source>
        <translation>et billede (PNG)</translation>
    </message>
    <message>
        <source>et billede (JPEG)</source>
        <translation>et billede (JPEG)</translation>
    </message>
    <message>
        <source>et billede (GIF)</source>
        <translation>et billede (GIF)</translation>
    </message>
    <message>
        <source>et Word-dokument (RTF)</source>
        <translation>et Word-dokument (RTF)</translation>
    </message>
    <message>
        <source>en komprimeret fil (gzip)</source>
        <translation>en komprimeret fil (gzip)</translation>
    </message>
    <message>
        <source>en komprimeret fil (7z)</source>
        <translation>en komprimeret fil (7z)</translation>
    </message>
    <message>
        <source>en komprimeret fil (RAR)</source>
        <translation>en komprimeret fil (RAR)</translation>
    </message>
    <message>
        <source>et Word-dokument (.docx)</source>
        <translation>et Word-dokument (.docx)</translation>
    </message>
    <message>
        <source>en PowerPoint-præsentation</source>
        <translation>en PowerPoint-præsentation</translation>
    </message>
    <message>
        <source>et OpenDocument-dokument (gem det som .xlsx eller CSV)</source>
        <translation>et OpenDocument-dokument (gem det som .xlsx eller CSV)</translation>
    </message>
    <message>
        <source>Filen er ikke et regneark, men {kind}. Vælg målgruppelisten som Excel (.xlsx) eller CSV.</source>
        <translation>Filen er ikke et regneark, men {kind}. Vælg målgruppelisten som Excel (.xlsx) eller CSV.</translation>
    </message>
    <message>
        <source>Filen har kun overskrifter (række {row}) og ingen rækker med borgere</source>
        <translation>Filen har kun overskrifter (række {row}) og ingen rækker med borgere</translation>
    </message>
    <message>
        <source>startdatoen {date} ligger i fremtiden</source>
        <translation>startdatoen {date} ligger i fremtiden</translation>
    </message>
    <message>
        <source>fristen {deadline} ligger før startdatoen {start}</source>
        <translation>fristen {deadline} ligger før startdatoen {start}</translation>
    </message>
    <message>
        <source>en webside (HTML)</source>
        <translation>en webside (HTML)</translation>
    </message>
    <message>
        <source>en ZIP-fil</source>
        <translation>en ZIP-fil</translation>
    </message>
    <message>
        <source>Række {row} er tom eller findes ikke i filen</source>
        <translation>Række {row} er tom eller findes ikke i filen</translation>
    </message>
    <message>
        <source>KLE-gruppen skal skrives som NN, NN.NN eller NN.NN.NN (fik {text})</source>
        <translation>KLE-gruppen skal skrives som NN, NN.NN eller NN.NN.NN (fik {text})</translation>
    </message>
    <message>
        <source>filen findes ikke</source>
        <translation>filen findes ikke</translation>
    </message>
    <message>
        <source>ingen adgang til filen</source>
        <translation>ingen adgang til filen</translation>
    </message>
    <message>
        <source>det er en mappe, ikke en fil</source>
        <translation>det er en mappe, ikke en fil</translation>
    </message>
    <message>
        <source>en del af stien er ikke en mappe</source>
        <translation>en del af stien er ikke en mappe</translation>
    </message>
    <message>
        <source>stien går gennem for mange links</source>
        <translation>stien går gennem for mange links</translation>
    </message>
    <message>
        <source>læsefejl på drevet</source>
        <translation>læsefejl på drevet</translation>
    </message>
    <message>
        <source>ingen plads tilbage på drevet</source>
        <translation>ingen plads tilbage på drevet</translation>
    </message>
    <message>
        <source>drevet er skrivebeskyttet</source>
        <translation>drevet er skrivebeskyttet</translation>
    </message>
    <message>
        <source>filnavnet er for langt</source>
        <translation>filnavnet er for langt</translation>
    </message>
    <message>
        <source>filen findes allerede</source>
        <translation>filen findes allerede</translation>
    </message>
    <message>
        <source>drevet svarede ikke i tide</source>
        <translation>drevet svarede ikke i tide</translation>
    </message>
    <message>
        <source>der er ingen fil bag navnet (en enhed eller et rør)</source>
        <translation>der er ingen fil bag navnet (en enhed eller et rør)</translation>
    </message>
    <message>
        <source>ikke gyldig JSON (linje {line}, kolonne {column})</source>
        <translation>ikke gyldig JSON (linje {line}, kolonne {column})</translation>
    </message>
    <message>
        <source>ikke gyldig tekst (forkert tegnkodning)</source>
        <translation>ikke gyldig tekst (forkert tegnkodning)</translation>
    </message>
    <message>
        <source>fejl fra styresystemet ({code})</source>
        <translation>fejl fra styresystemet ({code})</translation>
    </message>
    <message>
        <source>Skabelon {version} er rettet, siden gennemgangen blev åbnet; åbn den og se rettelsen, før den underskrives</source>
        <translation>Skabelon {version} er rettet, siden gennemgangen blev åbnet; åbn den og se rettelsen, før den underskrives</translation>
    </message>
    <message>
        <source>Intet er underskrevet: {problems}. Gennemgangen er gemt; udfyld det, der mangler, og markér den klar til underskrift igen</source>
        <translation>Intet er underskrevet: {problems}. Gennemgangen er gemt; udfyld det, der mangler, og markér den klar til underskrift igen</translation>
    </message>
    <message>
        <source>Skabelonen, der gælder {day}, har intet forum at forelægge sager for, så der holdes ingen møder den dag</source>
        <translation>Skabelonen, der gælder {day}, har intet forum at forelægge sager for, så der holdes ingen møder den dag</translation>
    </message>
    <message>
        <source>stien går i ring gennem symbolske links</source>
        <translation>stien går i ring gennem symbolske links</translation>
    </message>
    <message>
        <source>stien er for lang til styresystemet; vælg en kortere</source>
        <translation>stien er for lang til styresystemet; vælg en kortere</translation>
    </message>
    <message>
        <source>en del af stien er en fil, ikke en mappe</source>
        <translation>en del af stien er en fil, ikke en mappe</translation>
    </message>
    <message>
        <source>det er en fil, ikke en mappe</source>
        <translation>det er en fil, ikke en mappe</translation>
    </message>
    <message>
        <source>{option} {path} kan ikke bruges: {reason}</source>
        <translation>{option} {path} kan ikke bruges: {reason}</translation>
    </message>
    <message>
        <source>{parent} er en fil, ikke en mappe</source>
        <translation>{parent} er en fil, ikke en mappe</translation>
    </message>
    <message>
        <source>stien har et ugyldigt tegn</source>
        <translation>stien har et ugyldigt tegn</translation>
    </message>
    <message>
        <source>postens underskrift er beskadiget (certifikatet eller værdien kan ikke læses)</source>
        <translation>postens underskrift er beskadiget (certifikatet eller værdien kan ikke læses)</translation>
    </message>
    <message>
        <source>Forkert adgangskode til signeringsnøglen</source>
        <translation>Forkert adgangskode til signeringsnøglen</translation>
    </message>
    <message>
        <source>data efter den sidste ændring</source>
        <translation>data efter den sidste ændring</translation>
    </message>
    <message>
        <source>filens valideringsdata viser, at certifikatet er tilbagekaldt</source>
        <translation>filens valideringsdata viser, at certifikatet er tilbagekaldt</translation>
    </message>
    <message>
        <source>filens egne valideringsdata fører ikke til en betroet organisation ({indication})</source>
        <translation>filens egne valideringsdata fører ikke til en betroet organisation ({indication})</translation>
    </message>
    <message>
        <source>filen er ikke en PDF</source>
        <translation>filen er ikke en PDF</translation>
    </message>
    <message>
        <source>Skriv en begrundelse for valget (--reason); den vises for hele teamet</source>
        <translation>Skriv en begrundelse for valget (--reason); den vises for hele teamet</translation>
    </message>
    <message>
        <source>Sag {case_key} har ikke flere gældende gennemgange at vælge imellem</source>
        <translation>Sag {case_key} har ikke flere gældende gennemgange at vælge imellem</translation>
    </message>
    <message>
        <source>Gennemgang {valid} er ikke en af sagens gennemgange i konflikten (vælg en af: {keys})</source>
        <translation>Gennemgang {valid} er ikke en af sagens gennemgange i konflikten (vælg en af: {keys})</translation>
    </message>
    <message>
        <source>Sag {case_key} har ingen underskreven version {keys}</source>
        <translation>Sag {case_key} har ingen underskreven version {keys}</translation>
    </message>
    <message>
        <source>Ukendt sagsnøgle: {case_key}</source>
        <translation>Ukendt sagsnøgle: {case_key}</translation>
    </message>
    <message>
        <source>Mødet ville vare over midnat: med start kl. {start} og {minutes} minutter pr. sag slutter allerede den første sag efter midnat</source>
        <translation>Mødet ville vare over midnat: med start kl. {start} og {minutes} minutter pr. sag slutter allerede den første sag efter midnat</translation>
    </message>
    <message>
        <source>Sag {case_key} har flere gældende gennemgange (konflikt); en koordinator vælger den gældende, før sagen kan komme på et møde</source>
        <translation>Sag {case_key} har flere gældende gennemgange (konflikt); en koordinator vælger den gældende, før sagen kan komme på et møde</translation>
    </message>
    <message>
        <source>Sag {case_key}: gennemgang {old} er ikke gældende (koordinatoren valgte {new})</source>
        <translation>Sag {case_key}: gennemgang {old} er ikke gældende (koordinatoren valgte {new})</translation>
    </message>
    <message>
        <source>Sag {case_key}: gennemgang {old} er erstattet af version {version} ({new}); brug den nyeste version</source>
        <translation>Sag {case_key}: gennemgang {old} er erstattet af version {version} ({new}); brug den nyeste version</translation>
    </message>
    <message>
        <source>Sag {case_key}: gennemgangen er dateret {review_date}, efter mødet den {meeting_date}, og kan kun komme på et møde samme dag eller senere</source>
        <translation>Sag {case_key}: gennemgangen er dateret {review_date}, efter mødet den {meeting_date}, og kan kun komme på et møde samme dag eller senere</translation>
    </message>
    <message>
        <source>Sag {case_key} kan ikke komme på mødet den {meeting_date}: mødet ville vare over midnat (sagens tid ville slutte kl. {end} næste dag)</source>
        <translation>Sag {case_key} kan ikke komme på mødet den {meeting_date}: mødet ville vare over midnat (sagens tid ville slutte kl. {end} næste dag)</translation>
    </message>
    <message>
        <source>Kommunens regel gælder: KLE {kle}, kassation {years} år efter sagens sidste ændring (beslutning: {decision})</source>
        <translation>Kommunens regel gælder: KLE {kle}, kassation {years} år efter sagens sidste ændring (beslutning: {decision})</translation>
    </message>
    <message>
        <source>{sentence}; sager i andre KLE-grupper følger deres egen regel</source>
        <translation>{sentence}; sager i andre KLE-grupper følger deres egen regel</translation>
    </message>
    <message>
        <source>KLE-gruppen skal skrives som NN, NN.NN eller NN.NN.NN (fik {kle})</source>
        <translation>KLE-gruppen skal skrives som NN, NN.NN eller NN.NN.NN (fik {kle})</translation>
    </message>
    <message>
        <source>Reglen skal være bevaring eller kassation</source>
        <translation>Reglen skal være bevaring eller kassation</translation>
    </message>
    <message>
        <source>Kassation kræver antal år (mindst 1) efter sagens afslutning</source>
        <translation>Kassation kræver antal år (mindst 1) efter sagens afslutning</translation>
    </message>
    <message>
        <source>Bevaring har intet antal år: sagens data slettes ikke</source>
        <translation>Bevaring har intet antal år: sagens data slettes ikke</translation>
    </message>
    <message>
        <source>Angiv beslutningens reference (fx journalnummer og dato)</source>
        <translation>Angiv beslutningens reference (fx journalnummer og dato)</translation>
    </message>
    <message>
        <source>Ingen kommunal regel for bevaring og kassation er registreret; det angivne antal år gælder: afsluttede sager slettes {years} år efter sidste ændring</source>
        <translation>Ingen kommunal regel for bevaring og kassation er registreret; det angivne antal år gælder: afsluttede sager slettes {years} år efter sidste ændring</translation>
    </message>
    <message>
        <source>Ingen kommunal regel for bevaring og kassation er registreret; standarden i indstillingerne gælder: afsluttede sager slettes {years} år efter sidste ændring</source>
        <translation>Ingen kommunal regel for bevaring og kassation er registreret; standarden i indstillingerne gælder: afsluttede sager slettes {years} år efter sidste ændring</translation>
    </message>
    <message>
        <source>Kommunens regler for {groups} gælder; et antal år kan ikke vælges her</source>
        <translation>Kommunens regler for {groups} gælder; et antal år kan ikke vælges her</translation>
    </message>
    <message>
        <source>Kommunens regler gælder pr. KLE-gruppe ({groups}); ingen regel er standard, så sager uden KLE-gruppe slettes ikke</source>
        <translation>Kommunens regler gælder pr. KLE-gruppe ({groups}); ingen regel er standard, så sager uden KLE-gruppe slettes ikke</translation>
    </message>
    <message>
        <source>Kommunens regel for KLE {kle} gælder; et andet antal år end reglens kan ikke vælges her</source>
        <translation>Kommunens regel for KLE {kle} gælder; et andet antal år end reglens kan ikke vælges her</translation>
    </message>
    <message>
        <source>Kommunens regel gælder: KLE {kle}, bevaring: sagernes data slettes ikke (beslutning: {decision})</source>
        <translation>Kommunens regel gælder: KLE {kle}, bevaring: sagernes data slettes ikke (beslutning: {decision})</translation>
    </message>
    <message>
        <source>gennemgang {key}: {problem}</source>
        <translation>gennemgang {key}: {problem}</translation>
    </message>
    <message>
        <source>Skriv hvorfor gennemgangen rettes; begrundelsen står i rettelsen</source>
        <translation>Skriv hvorfor gennemgangen rettes; begrundelsen står i rettelsen</translation>
    </message>
    <message>
        <source>Kun et åbent næste skridt kan rettes</source>
        <translation>Kun et åbent næste skridt kan rettes</translation>
    </message>
    <message>
        <source>Der er ikke plads på disken til databasen; intet er gemt halvt. Frigør plads (eller bed IT om det), og prøv igen.</source>
        <translation>Der er ikke plads på disken til databasen; intet er gemt halvt. Frigør plads (eller bed IT om det), og prøv igen.</translation>
    </message>
    <message>
        <source>Databasen er skrivebeskyttet (filen eller datamappen), så intet kan gemmes. Kontrollér rettighederne til datamappen (eller bed IT om det), og prøv igen.</source>
        <translation>Databasen er skrivebeskyttet (filen eller datamappen), så intet kan gemmes. Kontrollér rettighederne til datamappen (eller bed IT om det), og prøv igen.</translation>
    </message>
    <message>
        <source>Databasen er optaget af et andet program (fx en anden kopi af Udsat Desktop eller en sikkerhedskopiering); intet er gemt halvt. Prøv igen om lidt.</source>
        <translation>Databasen er optaget af et andet program (fx en anden kopi af Udsat Desktop eller en sikkerhedskopiering); intet er gemt halvt. Prøv igen om lidt.</translation>
    </message>
    <message>
        <source>Disken svarede med en fejl, da databasen skulle læses eller skrives; intet er gemt halvt. Prøv igen, og bed IT kontrollere disken, hvis det sker igen.</source>
        <translation>Disken svarede med en fejl, da databasen skulle læses eller skrives; intet er gemt halvt. Prøv igen, og bed IT kontrollere disken, hvis det sker igen.</translation>
    </message>
    <message>
        <source>ulæseligt hoved: {reason}</source>
        <translation>ulæseligt hoved: {reason}</translation>
    </message>
    <message>
        <source>Du har selv underskrevet {file}; medunderskriften skal være fra en anden gennemgåer (fire øjne)</source>
        <translation>Du har selv underskrevet {file}; medunderskriften skal være fra en anden gennemgåer (fire øjne)</translation>
    </message>
    <message>
        <source>{file} er ikke en PDF; kun en underskrevet sammenfatning kan medunderskrives</source>
        <translation>{file} er ikke en PDF; kun en underskrevet sammenfatning kan medunderskrives</translation>
    </message>
    <message>
        <source>{file} er allerede medunderskrevet; en sammenfatning har kun én medunderskrift</source>
        <translation>{file} er allerede medunderskrevet; en sammenfatning har kun én medunderskrift</translation>
    </message>
    <message>
        <source>{file} er ikke underskrevet; kun en underskrevet sammenfatning kan medunderskrives</source>
        <translation>{file} er ikke underskrevet; kun en underskrevet sammenfatning kan medunderskrives</translation>
    </message>
    <message>
        <source>{file} kan ikke medunderskrives: {reason}</source>
        <translation>{file} kan ikke medunderskrives: {reason}</translation>
    </message>
    <message>
        <source>{file} kan ikke medunderskrives: PDF&apos;en har ikke plads til en medunderskrift</source>
        <translation>{file} kan ikke medunderskrives: PDF&apos;en har ikke plads til en medunderskrift</translation>
    </message>
    <message>
        <source>der er ingen fællesmappe sat op</source>
        <translation>der er ingen fællesmappe sat op</translation>
    </message>
    <message>
        <source>Du er ikke koordinator på teamets holdliste og kan ikke afgøre en konflikt mellem gennemgange</source>
        <translation>Du er ikke koordinator på teamets holdliste og kan ikke afgøre en konflikt mellem gennemgange</translation>
    </message>
    <message>
        <source>Begrundelsen er for lang (højst {n} tegn)</source>
        <translation>Begrundelsen er for lang (højst {n} tegn)</translation>
    </message>
    <message>
        <source>filnavnet passer ikke til afgørelsen</source>
        <translation>filnavnet passer ikke til afgørelsen</translation>
    </message>
    <message>
        <source>afgørelsen nævner en anden koordinator end den, der underskrev</source>
        <translation>afgørelsen nævner en anden koordinator end den, der underskrev</translation>
    </message>
    <message>
        <source>afgørelsen hører til en anden fællesmappe</source>
        <translation>afgørelsen hører til en anden fællesmappe</translation>
    </message>
    <message>
        <source>ugyldig sagsnøgle i afgørelsen</source>
        <translation>ugyldig sagsnøgle i afgørelsen</translation>
    </message>
    <message>
        <source>afgørelsen er ufuldstændig</source>
        <translation>afgørelsen er ufuldstændig</translation>
    </message>
    <message>
        <source>afgørelsen har ingen begrundelse</source>
        <translation>afgørelsen har ingen begrundelse</translation>
    </message>
    <message>
        <source>afgørelsen afvist: {problem}</source>
        <translation>afgørelsen afvist: {problem}</translation>
    </message>
    <message>
        <source>afgørelsen har ingen gyldig dato</source>
        <translation>afgørelsen har ingen gyldig dato</translation>
    </message>
    <message>
        <source>afgørelsen er ikke underskrevet af en koordinator på teamets holdliste</source>
        <translation>afgørelsen er ikke underskrevet af en koordinator på teamets holdliste</translation>
    </message>
    <message>
        <source>filen er ikke et krav</source>
        <translation>filen er ikke et krav</translation>
    </message>
    <message>
        <source>underskriften har intet tidspunkt at holde gennemgangens dato op mod</source>
        <translation>underskriften har intet tidspunkt at holde gennemgangens dato op mod</translation>
    </message>
    <message>
        <source>underskriften siger, at den er lavet {signed}, som ligger i fremtiden</source>
        <translation>underskriften siger, at den er lavet {signed}, som ligger i fremtiden</translation>
    </message>
    <message>
        <source>gennemgangen er dateret {day}, efter den blev underskrevet {signed}</source>
        <translation>gennemgangen er dateret {day}, efter den blev underskrevet {signed}</translation>
    </message>
    <message>
        <source>holdliste version {version}, underskrevet af {signer}, fjerner dig som koordinator og er ikke taget i brug: er det aftalt, så bekræft med `udsat team confirm-roster {version}`; ellers tal med {signer} og teamet</source>
        <translation>holdliste version {version}, underskrevet af {signer}, fjerner dig som koordinator og er ikke taget i brug: er det aftalt, så bekræft med `udsat team confirm-roster {version}`; ellers tal med {signer} og teamet</translation>
    </message>
    <message>
        <source>teamets holdliste er ikke modtaget endnu</source>
        <translation>teamets holdliste er ikke modtaget endnu</translation>
    </message>
    <message>
        <source>ugyldig overdragelse i tildelingen</source>
        <translation>ugyldig overdragelse i tildelingen</translation>
    </message>
    <message>
        <source>gennemgangens dato kan ikke læses</source>
        <translation>gennemgangens dato kan ikke læses</translation>
    </message>
    <message>
        <source>{wrong}; gennemgangen tælles ikke</source>
        <translation>{wrong}; gennemgangen tælles ikke</translation>
    </message>
    <message>
        <source>ingen på teamets holdliste kan læse filen</source>
        <translation>ingen på teamets holdliste kan læse filen</translation>
    </message>
    <message>
        <source>en fil ligger, hvor kravets mappe skal være</source>
        <translation>en fil ligger, hvor kravets mappe skal være</translation>
    </message>
    <message>
        <source>underskriveren er tilbagekaldt, og underskriften er ikke vist at være fra før tilbagekaldelsen; gennemgangen tælles ikke</source>
        <translation>underskriveren er tilbagekaldt, og underskriften er ikke vist at være fra før tilbagekaldelsen; gennemgangen tælles ikke</translation>
    </message>
    <message>
        <source>venter: teamets holdliste er ikke modtaget endnu, så der er ingen at kryptere til</source>
        <translation>venter: teamets holdliste er ikke modtaget endnu, så der er ingen at kryptere til</translation>
    </message>
    <message>
        <source>filen på fællesmappen er en anden end den, der blev indlæst og kontrolleret før; den kontrollerede udgave beholdes ({reason})</source>
        <translation>filen på fællesmappen er en anden end den, der blev indlæst og kontrolleret før; den kontrollerede udgave beholdes ({reason})</translation>
    </message>
    <message>
        <source>posten kan ikke læses: {reason}</source>
        <translation>posten kan ikke læses: {reason}</translation>
    </message>
    <message>
        <source>PDF&apos;en kan ikke læses: {reason}</source>
        <translation>PDF&apos;en kan ikke læses: {reason}</translation>
    </message>
    <message>
        <source>PDF&apos;en (resuméet) er beskadiget eller ulæselig: {problem}</source>
        <translation>PDF&apos;en (resuméet) er beskadiget eller ulæselig: {problem}</translation>
    </message>
    <message>
        <source>underskriveren er ikke på teamets holdliste</source>
        <translation>underskriveren er ikke på teamets holdliste</translation>
    </message>
    <message>
        <source>underskriveren er tilbagekaldt fra teamet</source>
        <translation>underskriveren er tilbagekaldt fra teamet</translation>
    </message>
    <message>
        <source>dokumentet er ændret efter underskrift</source>
        <translation>dokumentet er ændret efter underskrift</translation>
    </message>
    <message>
        <source>dokumentet er ikke underskrevet</source>
        <translation>dokumentet er ikke underskrevet</translation>
    </message>
    <message>
        <source>underskriften kunne ikke kontrolleres</source>
        <translation>underskriften kunne ikke kontrolleres</translation>
    </message>
    <message>
        <source>dokumentet er ikke intakt med en kendt underskriver</source>
        <translation>dokumentet er ikke intakt med en kendt underskriver</translation>
    </message>
    <message>
        <source>{why} ({detail})</source>
        <translation>{why} ({detail})</translation>
    </message>
    <message>
        <source>sag {case_key}: {old} er erstattet af version {version} ({new})</source>
        <translation>sag {case_key}: {old} er erstattet af version {version} ({new})</translation>
    </message>
    <message>
        <source>teamets holdliste er ikke modtaget, så der er ingen at kryptere mødepakken til; den er ikke lagt på fællesmappen</source>
        <translation>teamets holdliste er ikke modtaget, så der er ingen at kryptere mødepakken til; den er ikke lagt på fællesmappen</translation>
    </message>
    <message>
        <source>Mødet har en gennemgang, der er erstattet af en nyere version: {items}. Tag sagen af mødet og sæt den nyeste version på</source>
        <translation>Mødet har en gennemgang, der er erstattet af en nyere version: {items}. Tag sagen af mødet og sæt den nyeste version på</translation>
    </message>
    <message>
        <source>Mødet har sager med flere gældende gennemgange (konflikt): {items}. Vælg den gældende gennemgang først (Team → Konflikter, eller udsat conflicts decide)</source>
        <translation>Mødet har sager med flere gældende gennemgange (konflikt): {items}. Vælg den gældende gennemgang først (Team → Konflikter, eller udsat conflicts decide)</translation>
    </message>
    <message>
        <source>{name} på fællesmappen er ufuldstændig og kunne ikke erstattes nu (den kan være ved at blive skrevet). Byg mødepakken igen, når filen har ligget urørt i {minutes} minutter; så gøres den færdig</source>
        <translation>{name} på fællesmappen er ufuldstændig og kunne ikke erstattes nu (den kan være ved at blive skrevet). Byg mødepakken igen, når filen har ligget urørt i {minutes} minutter; så gøres den færdig</translation>
    </message>
    <message>
        <source>mappen {name}/ på fællesmappen er afvist: programmet laver ingen mappe med det navn her (kun år og måneder); {files} i den er ikke læst</source>
        <translation>mappen {name}/ på fællesmappen er afvist: programmet laver ingen mappe med det navn her (kun år og måneder); {files} i den er ikke læst</translation>
    </message>
    <message>
        <source>{name} på fællesmappen er afvist: navnet er ikke en gennemgangs (R- og 12 tegn 0-9/A-F); filen er ikke læst</source>
        <translation>{name} på fællesmappen er afvist: navnet er ikke en gennemgangs (R- og 12 tegn 0-9/A-F); filen er ikke læst</translation>
    </message>
    <message>
        <source>{name} på fællesmappen er afvist: den ligger ikke i en måneds mappe; filen er ikke læst</source>
        <translation>{name} på fællesmappen er afvist: den ligger ikke i en måneds mappe; filen er ikke læst</translation>
    </message>
    <message>
        <source>{name} på fællesmappen er afvist: for stor ({size} byte; højst {cap}); filen er ikke læst</source>
        <translation>{name} på fællesmappen er afvist: for stor ({size} byte; højst {cap}); filen er ikke læst</translation>
    </message>
    <message>
        <source>Teamets koordinatorer er ændret i holdliste version {version} (underskrevet af {signer}): {changes}</source>
        <translation>Teamets koordinatorer er ændret i holdliste version {version} (underskrevet af {signer}): {changes}</translation>
    </message>
    <message>
        <source>Der er ingen holdliste version {version}, der venter på din bekræftelse</source>
        <translation>Der er ingen holdliste version {version}, der venter på din bekræftelse</translation>
    </message>
    <message>
        <source>holdlisten er afvist: den siger, at en anden har underskrevet den</source>
        <translation>holdlisten er afvist: den siger, at en anden har underskrevet den</translation>
    </message>
    <message>
        <source>holdlisten er afvist: den ændrer, hvem der er koordinator, men er underskrevet af {name}, som du ikke selv har godkendt som koordinator. Sammenlign koden med {name}s egen skærm, før du godkender med `udsat team trust-coordinator`</source>
        <translation>holdlisten er afvist: den ændrer, hvem der er koordinator, men er underskrevet af {name}, som du ikke selv har godkendt som koordinator. Sammenlign koden med {name}s egen skærm, før du godkender med `udsat team trust-coordinator`</translation>
    </message>
    <message>
        <source>den underskrevne udgave er ikke i det lokale lager</source>
        <translation>den underskrevne udgave er ikke i det lokale lager</translation>
    </message>
    <message>
        <source>ugyldige poster</source>
        <translation>ugyldige poster</translation>
    </message>
    <message>
        <source>ikke underskrevet af {user_id}</source>
        <translation>ikke underskrevet af {user_id}</translation>
    </message>
    <message>
        <source>passer ikke til sit filnavn</source>
        <translation>passer ikke til sit filnavn</translation>
    </message>
    <message>
        <source>ugyldige felter</source>
        <translation>ugyldige felter</translation>
    </message>
    <message>
        <source>hovedet passer ikke til posterne</source>
        <translation>hovedet passer ikke til posterne</translation>
    </message>
    <message>
        <source>ikke en mappe</source>
        <translation>ikke en mappe</translation>
    </message>
    <message>
        <source>gennemgangen er offentliggjort, men mangler på fællesmappen</source>
        <translation>gennemgangen er offentliggjort, men mangler på fællesmappen</translation>
    </message>
    <message>
        <source>{reason}; den retter {older}, som ellers står som den gældende udgave</source>
        <translation>{reason}; den retter {older}, som ellers står som den gældende udgave</translation>
    </message>
    <message>
        <source>posterne følger ikke hinanden</source>
        <translation>posterne følger ikke hinanden</translation>
    </message>
    <message>
        <source>ugyldigt id i listen</source>
        <translation>ugyldigt id i listen</translation>
    </message>
    <message>
        <source>ugyldigt tidspunkt i listen</source>
        <translation>ugyldigt tidspunkt i listen</translation>
    </message>
    <message>
        <source>kæden af poster passer ikke (ændret efter underskrift)</source>
        <translation>kæden af poster passer ikke (ændret efter underskrift)</translation>
    </message>
    <message>
        <source>listen er afvist: den forlænger ikke den liste, der allerede er modtaget (afkortet eller skrevet om)</source>
        <translation>listen er afvist: den forlænger ikke den liste, der allerede er modtaget (afkortet eller skrevet om)</translation>
    </message>
    <message>
        <source>ikke et stykke af listen</source>
        <translation>ikke et stykke af listen</translation>
    </message>
    <message>
        <source>under id&apos;et er indlæst et andet indhold end det, medlemmet offentliggjorde</source>
        <translation>under id&apos;et er indlæst et andet indhold end det, medlemmet offentliggjorde</translation>
    </message>
    <message>
        <source>filerne ligger på fællesmappen, men kunne ikke indlæses (se problemerne)</source>
        <translation>filerne ligger på fællesmappen, men kunne ikke indlæses (se problemerne)</translation>
    </message>
    <message>
        <source>ugyldig sti i listen</source>
        <translation>ugyldig sti i listen</translation>
    </message>
    <message>
        <source>ugyldig hash i listen</source>
        <translation>ugyldig hash i listen</translation>
    </message>
    <message>
        <source>dette stykke af listen passer ikke med den liste, der allerede er modtaget (listen er afkortet eller skrevet om)</source>
        <translation>dette stykke af listen passer ikke med den liste, der allerede er modtaget (listen er afkortet eller skrevet om)</translation>
    </message>
    <message>
        <source>listen er afvist: {why}</source>
        <translation>listen er afvist: {why}</translation>
    </message>
    <message>
        <source>poster {first}–{last} af listen over det offentliggjorte mangler på fællesmappen</source>
        <translation>poster {first}–{last} af listen over det offentliggjorte mangler på fællesmappen</translation>
    </message>
    <message>
        <source>listen kan ikke læses: {why}</source>
        <translation>listen kan ikke læses: {why}</translation>
    </message>
    <message>
        <source>kan ikke lægges på fællesmappen igen: {why}</source>
        <translation>kan ikke lægges på fællesmappen igen: {why}</translation>
    </message>
    <message>
        <source>Koden passer ikke til anmodningen fra {user_id}: anmodningen er ikke godkendt. Bed kollegaen læse koden op fra sin egen skærm.</source>
        <translation>Koden passer ikke til anmodningen fra {user_id}: anmodningen er ikke godkendt. Bed kollegaen læse koden op fra sin egen skærm.</translation>
    </message>
    <message>
        <source>Anmodningen fra {user_id} har ingen nye nøgler at godkende; navn og rolle overtages aldrig fra en anmodning (en koordinator ændrer en rolle med `udsat team role`)</source>
        <translation>Anmodningen fra {user_id} har ingen nye nøgler at godkende; navn og rolle overtages aldrig fra en anmodning (en koordinator ændrer en rolle med `udsat team role`)</translation>
    </message>
    <message>
        <source>Ukendt rolle: {role} (reviewer eller coordinator)</source>
        <translation>Ukendt rolle: {role} (reviewer eller coordinator)</translation>
    </message>
    <message>
        <source>{user_id} er tilbagekaldt</source>
        <translation>{user_id} er tilbagekaldt</translation>
    </message>
    <message>
        <source>Du kan ikke ændre din egen rolle</source>
        <translation>Du kan ikke ændre din egen rolle</translation>
    </message>
    <message>
        <source>{user_id} har allerede rollen {role}</source>
        <translation>{user_id} har allerede rollen {role}</translation>
    </message>
    <message>
        <source>{path} er ikke teamets fællesmappe: mærkefilen er en anden end den, programmet synkroniserer med, og ingen koordinator, du har godkendt, har underskrevet den i holdlisten. Den er ikke taget i brug. Er teamets fællesmappe flyttet, så tal med koordinatoren.</source>
        <translation>{path} er ikke teamets fællesmappe: mærkefilen er en anden end den, programmet synkroniserer med, og ingen koordinator, du har godkendt, har underskrevet den i holdlisten. Den er ikke taget i brug. Er teamets fællesmappe flyttet, så tal med koordinatoren.</translation>
    </message>
    <message>
        <source>ny: {names}</source>
        <translation>ny: {names}</translation>
    </message>
    <message>
        <source>ikke længere: {names}</source>
        <translation>ikke længere: {names}</translation>
    </message>
    <message>
        <source>holdliste version {version}, underskrevet af {signer}, fjerner dig som koordinator. Den er ikke taget i brug: er det aftalt, så bekræft med `udsat team confirm-roster {version}`; ellers tal med {signer} og teamet</source>
        <translation>holdliste version {version}, underskrevet af {signer}, fjerner dig som koordinator. Den er ikke taget i brug: er det aftalt, så bekræft med `udsat team confirm-roster {version}`; ellers tal med {signer} og teamet</translation>
    </message>
    <message>
        <source>ugyldigt id for fællesmappen</source>
        <translation>ugyldigt id for fællesmappen</translation>
    </message>
    <message>
        <source>Når samtykket »{purpose}« er {status}, skal en note sige, hvad det betyder for sagen: {outcome}</source>
        <translation>Når samtykket »{purpose}« er {status}, skal en note sige, hvad det betyder for sagen: {outcome}</translation>
    </message>
    <message>
        <source>kendt: afvist før og uændret siden, ikke læst igen</source>
        <translation>kendt: afvist før og uændret siden, ikke læst igen</translation>
    </message>
    <message>
        <source>filer</source>
        <translation>filer</translation>
    </message>
    <message>
        <source>{name} på fællesmappen er afvist: navnet er ikke en tildelings; filen er ikke læst</source>
        <translation>{name} på fællesmappen er afvist: navnet er ikke en tildelings; filen er ikke læst</translation>
    </message>
    <message>
        <source>{name} på fællesmappen er afvist: navnet er ikke en afgørelses (D-, tid og 8 tegn 0-9/a-f); filen er ikke læst</source>
        <translation>{name} på fællesmappen er afvist: navnet er ikke en afgørelses (D-, tid og 8 tegn 0-9/a-f); filen er ikke læst</translation>
    </message>
    <message>
        <source>kendt: afvist før; ikke set efter i denne kørsel, det sker i en af de næste</source>
        <translation>kendt: afvist før; ikke set efter i denne kørsel, det sker i en af de næste</translation>
    </message>
    <message>
        <source>{files} i {folder}/ er ikke læst i denne kørsel (kun et begrænset antal læses pr. mappe og pr. kørsel); resten læses ved de næste kørsler</source>
        <translation>{files} i {folder}/ er ikke læst i denne kørsel (kun et begrænset antal læses pr. mappe og pr. kørsel); resten læses ved de næste kørsler</translation>
    </message>
    <message>
        <source>Holdlisten (version {version}) er gemt, men kunne ikke lægges på fællesmappen: {reason}. Den lægges der ved næste synkronisering.</source>
        <translation>Holdlisten (version {version}) er gemt, men kunne ikke lægges på fællesmappen: {reason}. Den lægges der ved næste synkronisering.</translation>
    </message>
    <message>
        <source>holdlisten er afvist: det er en mappe, ikke en fil</source>
        <translation>holdlisten er afvist: det er en mappe, ikke en fil</translation>
    </message>
    <message>
        <source>ingen modtagere at kryptere til</source>
        <translation>ingen modtagere at kryptere til</translation>
    </message>
    <message>
        <source>for mange modtagere</source>
        <translation>for mange modtagere</translation>
    </message>
    <message>
        <source>ikke en krypteret fil</source>
        <translation>ikke en krypteret fil</translation>
    </message>
    <message>
        <source>beskadiget fil (hovedet)</source>
        <translation>beskadiget fil (hovedet)</translation>
    </message>
    <message>
        <source>filen er ikke krypteret til dig (din nøgle er ikke blandt modtagerne)</source>
        <translation>filen er ikke krypteret til dig (din nøgle er ikke blandt modtagerne)</translation>
    </message>
    <message>
        <source>filen er krypteret til et andet sted på fællesmappen</source>
        <translation>filen er krypteret til et andet sted på fællesmappen</translation>
    </message>
    <message>
        <source>filen er krypteret som en anden slags fil</source>
        <translation>filen er krypteret som en anden slags fil</translation>
    </message>
    <message>
        <source>filen er ændret eller beskadiget (krypteringen passer ikke)</source>
        <translation>filen er ændret eller beskadiget (krypteringen passer ikke)</translation>
    </message>
    <message>
        <source>fællesmappen ligger på et {kind}-drev, hvor krav på sager ikke kan afgøres sikkert (to kolleger kan begge få sagen); krav lægges ikke på fællesmappen herfra, men venter lokalt. Bed IT om at tilknytte drevet som et almindeligt netværksdrev</source>
        <translation>fællesmappen ligger på et {kind}-drev, hvor krav på sager ikke kan afgøres sikkert (to kolleger kan begge få sagen); krav lægges ikke på fællesmappen herfra, men venter lokalt. Bed IT om at tilknytte drevet som et almindeligt netværksdrev</translation>
    </message>
    <message>
        <source>fællesmappen svarede ikke inden for {seconds} sekund (netværksdrevet hænger?)</source>
        <translation>fællesmappen svarede ikke inden for {seconds} sekund (netværksdrevet hænger?)</translation>
    </message>
    <message>
        <source>tom eller ufuldstændig</source>
        <translation>tom eller ufuldstændig</translation>
    </message>
    <message>
        <source>ikke en mærkefil fra dette program</source>
        <translation>ikke en mærkefil fra dette program</translation>
    </message>
    <message>
        <source>{path} er ikke fællesmappen (mærkefilen .udsat-share mangler). Er netværksdrevet forbundet, og er det den rigtige mappe? En fællesmappe sættes kun op én gang, af koordinatoren.</source>
        <translation>{path} er ikke fællesmappen (mærkefilen .udsat-share mangler). Er netværksdrevet forbundet, og er det den rigtige mappe? En fællesmappe sættes kun op én gang, af koordinatoren.</translation>
    </message>
    <message>
        <source>{path} er ikke teamets fællesmappe: mærkefilen passer ikke til den fællesmappe, koordinatoren har underskrevet i holdlisten. Intet er sendt dertil, og udbakken er urørt. Tal med koordinatoren.</source>
        <translation>{path} er ikke teamets fællesmappe: mærkefilen passer ikke til den fællesmappe, koordinatoren har underskrevet i holdlisten. Intet er sendt dertil, og udbakken er urørt. Tal med koordinatoren.</translation>
    </message>
    <message>
        <source>{path} kan ikke bruges som fællesmappe: mærkefilen .udsat-share er tom eller ufuldstændig. Det sker, når en maskine går ned, mens filen bliver skrevet, og betyder ikke, at nogen har ændret den. Tal med koordinatoren, så den bliver sat op igen med fællesmappens id.</source>
        <translation>{path} kan ikke bruges som fællesmappe: mærkefilen .udsat-share er tom eller ufuldstændig. Det sker, når en maskine går ned, mens filen bliver skrevet, og betyder ikke, at nogen har ændret den. Tal med koordinatoren, så den bliver sat op igen med fællesmappens id.</translation>
    </message>
    <message>
        <source>{path} kan ikke bruges som fællesmappe: mærkefilen .udsat-share er afvist ({why}). Nogen har ændret eller erstattet den; tal med koordinatoren.</source>
        <translation>{path} kan ikke bruges som fællesmappe: mærkefilen .udsat-share er afvist ({why}). Nogen har ændret eller erstattet den; tal med koordinatoren.</translation>
    </message>
    <message>
        <source>{path} har ingen mærkefil (.udsat-share), og programmet har hidtil synkroniseret med en anden fællesmappe. Er netværksdrevet forbundet? Skal teamet virkelig have en ny fællesmappe, så kør `udsat config --share {path} --new-share`.</source>
        <translation>{path} har ingen mærkefil (.udsat-share), og programmet har hidtil synkroniseret med en anden fællesmappe. Er netværksdrevet forbundet? Skal teamet virkelig have en ny fællesmappe, så kør `udsat config --share {path} --new-share`.</translation>
    </message>
    <message>
        <source>ulæselig: {reason}</source>
        <translation>ulæselig: {reason}</translation>
    </message>
    <message>
        <source>ikke en mærkefil fra dette program: {reason}</source>
        <translation>ikke en mærkefil fra dette program: {reason}</translation>
    </message>
    <message>
        <source>forkert felttype</source>
        <translation>forkert felttype</translation>
    </message>
    <message>
        <source>Fingeraftrykket skal være mindst 20 hexcifre (som koden på skærmen: fem grupper af fire)</source>
        <translation>Fingeraftrykket skal være mindst 20 hexcifre (som koden på skærmen: fem grupper af fire)</translation>
    </message>
    <message>
        <source>filen er for stor</source>
        <translation>filen er for stor</translation>
    </message>
    <message>
        <source>forkert filtype</source>
        <translation>forkert filtype</translation>
    </message>
    <message>
        <source>ugyldig base64</source>
        <translation>ugyldig base64</translation>
    </message>
    <message>
        <source>ikke gyldig JSON</source>
        <translation>ikke gyldig JSON</translation>
    </message>
    <message>
        <source>underskriften passer ikke (ændret eller forfalsket)</source>
        <translation>underskriften passer ikke (ændret eller forfalsket)</translation>
    </message>
    <message>
        <source>Tilskud til selvstændigt erhvervsdrivende (LAB kap. 20)</source>
        <translation>Tilskud til selvstændigt erhvervsdrivende (LAB kap. 20)</translation>
    </message>
    <message>
        <source>Socialmedicinsk vurdering / speciallægeattest (Klinisk Funktion)</source>
        <translation>Socialmedicinsk vurdering / speciallægeattest (Klinisk Funktion)</translation>
    </message>
    <message>
        <source>Sundhedskoordinatorens kontakt til egen læge (sundhedsloven § 43)</source>
        <translation>Sundhedskoordinatorens kontakt til egen læge (sundhedsloven § 43)</translation>
    </message>
    <message>
        <source>Behandling for stofmisbrug (SEL § 101)</source>
        <translation>Behandling for stofmisbrug (SEL § 101)</translation>
    </message>
    <message>
        <source>Alkoholbehandling (sundhedsloven § 141)</source>
        <translation>Alkoholbehandling (sundhedsloven § 141)</translation>
    </message>
    <message>
        <source>Helhedsorienteret plan (LAB § 40, stk. 3)</source>
        <translation>Helhedsorienteret plan (LAB § 40, stk. 3)</translation>
    </message>
    <message>
        <source>Indhentning af oplysninger fra læger, sygehuse og arbejdsgivere (retssikkerhedsloven § 11 a)</source>
        <translation>Indhentning af oplysninger fra læger, sygehuse og arbejdsgivere (retssikkerhedsloven § 11 a)</translation>
    </message>
    <message>
        <source>Behandling som led i myndighedsudøvelse (databeskyttelsesforordningen art. 6, stk. 1, litra e, og art. 9 med databeskyttelsesloven)</source>
        <translation>Behandling som led i myndighedsudøvelse (databeskyttelsesforordningen art. 6, stk. 1, litra e, og art. 9 med databeskyttelsesloven)</translation>
    </message>
    <message>
        <source>Skal udfyldes</source>
        <translation>Skal udfyldes</translation>
    </message>
    <message>
        <source>Skal være et tal</source>
        <translation>Skal være et tal</translation>
    </message>
    <message>
        <source>Mindst {number} {unit}</source>
        <translation>Mindst {number} {unit}</translation>
    </message>
    <message>
        <source>Mindst {number}</source>
        <translation>Mindst {number}</translation>
    </message>
    <message>
        <source>Højst {number} {unit}</source>
        <translation>Højst {number} {unit}</translation>
    </message>
    <message>
        <source>Højst {number}</source>
        <translation>Højst {number}</translation>
    </message>
    <message>
        <source>Vælg en af mulighederne</source>
        <translation>Vælg en af mulighederne</translation>
    </message>
    <message>
        <source>Ugyldig dato (brug dd.mm.åååå)</source>
        <translation>Ugyldig dato (brug dd.mm.åååå)</translation>
    </message>
    <message>
        <source>Ukendt valgmulighed</source>
        <translation>Ukendt valgmulighed</translation>
    </message>
    <message>
        <source>Vælg ja eller nej</source>
        <translation>Vælg ja eller nej</translation>
    </message>
    <message>
        <source>Ugyldig gruppe</source>
        <translation>Ugyldig gruppe</translation>
    </message>
    <message>
        <source>{item} {number}, {field}: {problem}</source>
        <translation>{item} {number}, {field}: {problem}</translation>
    </message>
    <message>
        <source>»{step}« kan ikke oprettes: samtykket »{purpose}« er {status}.</source>
        <translation>»{step}« kan ikke oprettes: samtykket »{purpose}« er {status}.</translation>
    </message>
    <message>
        <source>»{step}« kræver samtykke: {purpose}. Registrér samtykket først.</source>
        <translation>»{step}« kræver samtykke: {purpose}. Registrér samtykket først.</translation>
    </message>
    <message>
        <source>»{step}« kræver skriftligt samtykke: {purpose}.</source>
        <translation>»{step}« kræver skriftligt samtykke: {purpose}.</translation>
    </message>
    <message>
        <source>Samtykket »{purpose}« er udløbet.</source>
        <translation>Samtykket »{purpose}« er udløbet.</translation>
    </message>
    <message>
        <source>Kræver skriftligt samtykke</source>
        <translation>Kræver skriftligt samtykke</translation>
    </message>
    <message>
        <source>Udløbsdatoen ligger før samtykkedatoen</source>
        <translation>Udløbsdatoen ligger før samtykkedatoen</translation>
    </message>
    <message>
        <source>no CPR century digit for {year}</source>
        <translation>no CPR century digit for {year}</translation>
    </message>
    <message>
        <source>CPR-nummer mangler</source>
        <translation>CPR-nummer mangler</translation>
    </message>
    <message>
        <source>CPR-nummeret må kun indeholde cifre ({masked_raw})</source>
        <translation>CPR-nummeret må kun indeholde cifre ({masked_raw})</translation>
    </message>
    <message>
        <source>CPR-nummeret skal have 10 cifre, fandt {digits_count}</source>
        <translation>CPR-nummeret skal have 10 cifre, fandt {digits_count}</translation>
    </message>
    <message>
        <source>CPR-nummerets fødselsdato ligger i fremtiden</source>
        <translation>CPR-nummerets fødselsdato ligger i fremtiden</translation>
    </message>
    <message>
        <source>CPR-nummerets fødselsdato findes ikke ({digits}.{digits2}.{digits3})</source>
        <translation>CPR-nummerets fødselsdato findes ikke ({digits}.{digits2}.{digits3})</translation>
    </message>
    <message>
        <source>ugyldig dato: {text} (brug fx 01-05-2025 eller 01.05.2025)</source>
        <translation>ugyldig dato: {text} (brug fx 01-05-2025 eller 01.05.2025)</translation>
    </message>
    <message>
        <source>ugyldig ja/nej-værdi: {value} (brug Ja, Nej, x eller tom)</source>
        <translation>ugyldig ja/nej-værdi: {value} (brug Ja, Nej, x eller tom)</translation>
    </message>
    <message>
        <source>ugyldig dato: {value}</source>
        <translation>ugyldig dato: {value}</translation>
    </message>
    <message>
        <source>ugyldig procent: {value}</source>
        <translation>ugyldig procent: {value}</translation>
    </message>
    <message>
        <source>procent skal ligge mellem 0 og 100, fandt {number}</source>
        <translation>procent skal ligge mellem 0 og 100, fandt {number}</translation>
    </message>
    <message>
        <source>procent er ikke et tal: {value}</source>
        <translation>procent er ikke et tal: {value}</translation>
    </message>
    <message>
        <source>datoen findes ikke: {text}</source>
        <translation>datoen findes ikke: {text}</translation>
    </message>
    <message>
        <source>Excel-filen {name} indlæses ikke: {reason}.</source>
        <translation>Excel-filen {name} indlæses ikke: {reason}.</translation>
    </message>
    <message>
        <source>Filen {name} er for stor til en målgruppeliste ({mb} MB; højst {limit} MB).</source>
        <translation>Filen {name} er for stor til en målgruppeliste ({mb} MB; højst {limit} MB).</translation>
    </message>
    <message>
        <source>Filen {name} angiver {rows} rækker og {columns} kolonner; en målgruppeliste må højst have {max_rows} rækker og {max_columns} kolonner.</source>
        <translation>Filen {name} angiver {rows} rækker og {columns} kolonner; en målgruppeliste må højst have {max_rows} rækker og {max_columns} kolonner.</translation>
    </message>
    <message>
        <source>Filen {name} har mere end {max_rows} rækker; det er ikke en målgruppeliste.</source>
        <translation>Filen {name} har mere end {max_rows} rækker; det er ikke en målgruppeliste.</translation>
    </message>
    <message>
        <source>navnet indeholder et kontroltegn eller et tegn, der vender skriftretningen (U+{code})</source>
        <translation>navnet indeholder et kontroltegn eller et tegn, der vender skriftretningen (U+{code})</translation>
    </message>
    <message>
        <source>Række {row} i {name} har {count} kolonner; højst {max_columns} er tilladt.</source>
        <translation>Række {row} i {name} har {count} kolonner; højst {max_columns} er tilladt.</translation>
    </message>
    <message>
        <source>En celle i række {row} i {name} har {count} tegn; højst {max_chars} er tilladt.</source>
        <translation>En celle i række {row} i {name} har {count} tegn; højst {max_chars} er tilladt.</translation>
    </message>
    <message>
        <source>for mange dele i filen</source>
        <translation>for mange dele i filen</translation>
    </message>
    <message>
        <source>den fylder for meget udpakket</source>
        <translation>den fylder for meget udpakket</translation>
    </message>
    <message>
        <source>den er pakket usædvanligt tæt (en zip-bombe?)</source>
        <translation>den er pakket usædvanligt tæt (en zip-bombe?)</translation>
    </message>
    <message>
        <source>Excel-filen {name} indeholder en XML-konstruktion (DTD), som en .xlsx-fil aldrig har, og indlæses ikke.</source>
        <translation>Excel-filen {name} indeholder en XML-konstruktion (DTD), som en .xlsx-fil aldrig har, og indlæses ikke.</translation>
    </message>
    <message>
        <source>Adgangskoden skal have mindst {minimum} tegn (fx tre-fire almindelige ord med bindestreg imellem).</source>
        <translation>Adgangskoden skal have mindst {minimum} tegn (fx tre-fire almindelige ord med bindestreg imellem).</translation>
    </message>
    <message>
        <source>Demo-databasens adgangskode er offentlig og må kun bruges til demo-data. Vælg en anden.</source>
        <translation>Demo-databasens adgangskode er offentlig og må kun bruges til demo-data. Vælg en anden.</translation>
    </message>
    <message>
        <source>Adgangskoden er for almindelig og gættes let (den står på lister over lækkede adgangskoder). Vælg en længere sætning, som kun du kender.</source>
        <translation>Adgangskoden er for almindelig og gættes let (den står på lister over lækkede adgangskoder). Vælg en længere sætning, som kun du kender.</translation>
    </message>
    <message>
        <source>Kun en koordinator kan {what}.</source>
        <translation>Kun en koordinator kan {what}.</translation>
    </message>
    <message>
        <source>Filen findes ikke: {name}</source>
        <translation>Filen findes ikke: {name}</translation>
    </message>
    <message>
        <source>Det er ikke en fil: {name}</source>
        <translation>Det er ikke en fil: {name}</translation>
    </message>
    <message>
        <source>Filen {name} kan ikke læses: {strerror}</source>
        <translation>Filen {name} kan ikke læses: {strerror}</translation>
    </message>
    <message>
        <source>Det gamle Excel-format (.xls) kan ikke læses. Gem filen som .xlsx eller CSV.</source>
        <translation>Det gamle Excel-format (.xls) kan ikke læses. Gem filen som .xlsx eller CSV.</translation>
    </message>
    <message>
        <source>Filen ser ikke ud som en tekst- eller Excel-fil (binære data)</source>
        <translation>Filen ser ikke ud som en tekst- eller Excel-fil (binære data)</translation>
    </message>
    <message>
        <source>Filen er tom</source>
        <translation>Filen er tom</translation>
    </message>
    <message>
        <source>Filen indeholder ingen rækker</source>
        <translation>Filen indeholder ingen rækker</translation>
    </message>
    <message>
        <source>Der er ingen kolonne med CPR-nummer</source>
        <translation>Der er ingen kolonne med CPR-nummer</translation>
    </message>
    <message>
        <source>Der er ingen kolonne med navn (Navn eller Fornavn og Efternavn)</source>
        <translation>Der er ingen kolonne med navn (Navn eller Fornavn og Efternavn)</translation>
    </message>
    <message>
        <source>ukendt prioritet: {text} (brug Høj, Normal eller Lav)</source>
        <translation>ukendt prioritet: {text} (brug Høj, Normal eller Lav)</translation>
    </message>
    <message>
        <source>Filens tegnsæt kan ikke genkendes</source>
        <translation>Filens tegnsæt kan ikke genkendes</translation>
    </message>
    <message>
        <source>CSV-filen kan ikke læses efter linje {last_line}: {exc}</source>
        <translation>CSV-filen kan ikke læses efter linje {last_line}: {exc}</translation>
    </message>
    <message>
        <source>Excel-filen {name} kan ikke åbnes (beskadiget eller ikke en .xlsx-fil): {error}</source>
        <translation>Excel-filen {name} kan ikke åbnes (beskadiget eller ikke en .xlsx-fil): {error}</translation>
    </message>
    <message>
        <source>Excel-filen {name} er beskadiget og kan ikke læses færdig: {error}</source>
        <translation>Excel-filen {name} er beskadiget og kan ikke læses færdig: {error}</translation>
    </message>
    <message>
        <source>Ukendt felt i kolonneopsætningen: {key}</source>
        <translation>Ukendt felt i kolonneopsætningen: {key}</translation>
    </message>
    <message>
        <source>Kolonnen »{header}« findes ikke i filen</source>
        <translation>Kolonnen »{header}« findes ikke i filen</translation>
    </message>
    <message>
        <source>Kolonneopsætning skal skrives felt=Kolonne, fandt »{part}«</source>
        <translation>Kolonneopsætning skal skrives felt=Kolonne, fandt »{part}«</translation>
    </message>
    <message>
        <source>navn mangler</source>
        <translation>navn mangler</translation>
    </message>
    <message>
        <source>CPR-nummeret opfylder ikke modulus 11-kontrollen (tilladt siden 2007)</source>
        <translation>CPR-nummeret opfylder ikke modulus 11-kontrollen (tilladt siden 2007)</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Underskriften er lavet med en selvudstedt nøgle uden spærretjeneste og kan ikke valideres på lang sigt; brug en nøgle fra organisationen</source>
        <translation>Underskriften er lavet med en selvudstedt nøgle uden spærretjeneste og kan ikke valideres på lang sigt; brug en nøgle fra organisationen</translation>
    </message>
    <message>
        <source>Filen er ikke underskrevet</source>
        <translation>Filen er ikke underskrevet</translation>
    </message>
    <message>
        <source>Filen kan ikke læses som PDF</source>
        <translation>Filen kan ikke læses som PDF</translation>
    </message>
    <message>
        <source>Valideringsdata kunne ikke hentes ({error}); prøv igen, når der er forbindelse til organisationens spærretjeneste og tidsstemplingsserveren</source>
        <translation>Valideringsdata kunne ikke hentes ({error}); prøv igen, når der er forbindelse til organisationens spærretjeneste og tidsstemplingsserveren</translation>
    </message>
    <message>
        <source>Mødet har ingen sager endnu</source>
        <translation>Mødet har ingen sager endnu</translation>
    </message>
    <message>
        <source>Der mangler en underskreven sammenfatning</source>
        <translation>Der mangler en underskreven sammenfatning</translation>
    </message>
    <message>
        <source>Der findes allerede en signeringsnøgle</source>
        <translation>Der findes allerede en signeringsnøgle</translation>
    </message>
    <message>
        <source>Nøglefilen skal indeholde både en privat nøgle og et certifikat</source>
        <translation>Nøglefilen skal indeholde både en privat nøgle og et certifikat</translation>
    </message>
    <message>
        <source>Nøgletypen understøttes ikke (kun RSA og ECDSA)</source>
        <translation>Nøgletypen understøttes ikke (kun RSA og ECDSA)</translation>
    </message>
    <message>
        <source>Certifikatet i nøglefilen er ikke gyldigt nu (udløbet eller endnu ikke gyldigt)</source>
        <translation>Certifikatet i nøglefilen er ikke gyldigt nu (udløbet eller endnu ikke gyldigt)</translation>
    </message>
    <message>
        <source>Nøglefilen indeholder intet certifikat</source>
        <translation>Nøglefilen indeholder intet certifikat</translation>
    </message>
    <message>
        <source>Nøglefilen kan ikke læses: {strerror}</source>
        <translation>Nøglefilen kan ikke læses: {strerror}</translation>
    </message>
    <message>
        <source>Forkert adgangskode til nøglefilen, eller filen er ikke en PKCS#12-fil (.p12/.pfx)</source>
        <translation>Forkert adgangskode til nøglefilen, eller filen er ikke en PKCS#12-fil (.p12/.pfx)</translation>
    </message>
    <message>
        <source>Certifikatet må ikke bruges til underskrift (nøglebrug)</source>
        <translation>Certifikatet må ikke bruges til underskrift (nøglebrug)</translation>
    </message>
    <message>
        <source>Der er ingen signeringsnøgle endnu</source>
        <translation>Der er ingen signeringsnøgle endnu</translation>
    </message>
    <message>
        <source>Tidsstemplingsserveren svarer ikke ({timestamp_url}): {error}. Prøv igen, eller fjern tidsstempling i indstillingerne.</source>
        <translation>Tidsstemplingsserveren svarer ikke ({timestamp_url}): {error}. Prøv igen, eller fjern tidsstempling i indstillingerne.</translation>
    </message>
    <message>
        <source>Signeringsnøglen kan ikke indlæses</source>
        <translation>Signeringsnøglen kan ikke indlæses</translation>
    </message>
    <message>
        <source>posten er ikke underskrevet</source>
        <translation>posten er ikke underskrevet</translation>
    </message>
    <message>
        <source>posten er ændret efter underskrift</source>
        <translation>posten er ændret efter underskrift</translation>
    </message>
    <message>
        <source>postens underskrift er ufuldstændig</source>
        <translation>postens underskrift er ufuldstændig</translation>
    </message>
    <message>
        <source>ukendt nøgletype</source>
        <translation>ukendt nøgletype</translation>
    </message>
    <message>
        <source>indholdet passer ikke til underskriften</source>
        <translation>indholdet passer ikke til underskriften</translation>
    </message>
    <message>
        <source>underskriften dækker ikke hele dokumentet</source>
        <translation>underskriften dækker ikke hele dokumentet</translation>
    </message>
    <message>
        <source>en senere ændring, som ikke er en underskrift</source>
        <translation>en senere ændring, som ikke er en underskrift</translation>
    </message>
    <message>
        <source>data efter den sidste underskrift</source>
        <translation>data efter den sidste underskrift</translation>
    </message>
    <message>
        <source>underskriften er beskadiget</source>
        <translation>underskriften er beskadiget</translation>
    </message>
    <message>
        <source>underskriftens type er ukendt eller beskadiget</source>
        <translation>underskriftens type er ukendt eller beskadiget</translation>
    </message>
    <message>
        <source>en senere ændring af indholdet</source>
        <translation>en senere ændring af indholdet</translation>
    </message>
    <message>
        <source>en senere underskrift ændrede også indholdet</source>
        <translation>en senere underskrift ændrede også indholdet</translation>
    </message>
    <message>
        <source>tidsstemplet er ikke intakt</source>
        <translation>tidsstemplet er ikke intakt</translation>
    </message>
    <message>
        <source>fejl under kontrollen</source>
        <translation>fejl under kontrollen</translation>
    </message>
    <message>
        <source>en senere underskrift er ikke fra et medlem af teamet</source>
        <translation>en senere underskrift er ikke fra et medlem af teamet</translation>
    </message>
    <message>
        <source>filen kan ikke læses som PDF</source>
        <translation>filen kan ikke læses som PDF</translation>
    </message>
    <message>
        <source>Loggen er brudt ved post {entry_id}; der slettes intet</source>
        <translation>Loggen er brudt ved post {entry_id}; der slettes intet</translation>
    </message>
    <message>
        <source>ukendt sag</source>
        <translation>ukendt sag</translation>
    </message>
    <message>
        <source>Sagen findes ikke</source>
        <translation>Sagen findes ikke</translation>
    </message>
    <message>
        <source>Der findes allerede en brugerprofil i denne database</source>
        <translation>Der findes allerede en brugerprofil i denne database</translation>
    </message>
    <message>
        <source>Databasen kan ikke åbnes: {exc}</source>
        <translation>Databasen kan ikke åbnes: {exc}</translation>
    </message>
    <message>
        <source>Der findes allerede en database i datamappen</source>
        <translation>Der findes allerede en database i datamappen</translation>
    </message>
    <message>
        <source>Databasen har flere skemaversioner på én gang</source>
        <translation>Databasen har flere skemaversioner på én gang</translation>
    </message>
    <message>
        <source>Forkert adgangskode, eller databasefilen er ikke en Udsat-database</source>
        <translation>Forkert adgangskode, eller databasefilen er ikke en Udsat-database</translation>
    </message>
    <message>
        <source>Der er ingen database i datamappen endnu. Opret en profil først (udsat init eller første start af programmet).</source>
        <translation>Der er ingen database i datamappen endnu. Opret en profil først (udsat init eller første start af programmet).</translation>
    </message>
    <message>
        <source>Nøglefilen {name} er beskadiget: {exc}</source>
        <translation>Nøglefilen {name} er beskadiget: {exc}</translation>
    </message>
    <message>
        <source>Databasen er skrevet af en nyere version af Udsat Desktop (skemaversion {current}). Opdatér programmet før du åbner den.</source>
        <translation>Databasen er skrevet af en nyere version af Udsat Desktop (skemaversion {current}). Opdatér programmet før du åbner den.</translation>
    </message>
    <message>
        <source>Databasen har ingen brugerprofil. Kør `udsat init` igen i en ny mappe.</source>
        <translation>Databasen har ingen brugerprofil. Kør `udsat init` igen i en ny mappe.</translation>
    </message>
    <message>
        <source>fra {start}</source>
        <translation>fra {start}</translation>
    </message>
    <message>
        <source>fra {start} til {end}</source>
        <translation>fra {start} til {end}</translation>
    </message>
    <message>
        <source>til og med {end}</source>
        <translation>til og med {end}</translation>
    </message>
    <message>
        <source>Ukendte deltagerroller: {sorted}</source>
        <translation>Ukendte deltagerroller: {sorted}</translation>
    </message>
    <message>
        <source>Tid pr. sag skal være mellem 5 og 120 minutter</source>
        <translation>Tid pr. sag skal være mellem 5 og 120 minutter</translation>
    </message>
    <message>
        <source>Sag {case_key} er allerede på mødet</source>
        <translation>Sag {case_key} er allerede på mødet</translation>
    </message>
    <message>
        <source>Rækkefølgen skal indeholde præcis mødets sager</source>
        <translation>Rækkefølgen skal indeholde præcis mødets sager</translation>
    </message>
    <message>
        <source>Ukendt indstilling: {recommendation}</source>
        <translation>Ukendt indstilling: {recommendation}</translation>
    </message>
    <message>
        <source>Ukendte områder: {sorted}</source>
        <translation>Ukendte områder: {sorted}</translation>
    </message>
    <message>
        <source>Mødets starttid skal skrives som TT:MM, fx 09:30</source>
        <translation>Mødets starttid skal skrives som TT:MM, fx 09:30</translation>
    </message>
    <message>
        <source>Der er allerede et møde den {meeting_date}</source>
        <translation>Der er allerede et møde den {meeting_date}</translation>
    </message>
    <message>
        <source>Der er intet møde den {meeting_date}</source>
        <translation>Der er intet møde den {meeting_date}</translation>
    </message>
    <message>
        <source>Sag {case_key} er ikke på mødet</source>
        <translation>Sag {case_key} er ikke på mødet</translation>
    </message>
    <message>
        <source>unknown flag {flag}</source>
        <translation>unknown flag {flag}</translation>
    </message>
    <message>
        <source>Gennemgangen er allerede underskrevet</source>
        <translation>Gennemgangen er allerede underskrevet</translation>
    </message>
    <message>
        <source>Gennemgangen findes ikke</source>
        <translation>Gennemgangen findes ikke</translation>
    </message>
    <message>
        <source>Gennemgangen er underskrevet og kan ikke ændres. Opret en rettelse (ny version) i stedet.</source>
        <translation>Gennemgangen er underskrevet og kan ikke ændres. Opret en rettelse (ny version) i stedet.</translation>
    </message>
    <message>
        <source>Kun en gennemgang, der er klar til underskrift, kan underskrives</source>
        <translation>Kun en gennemgang, der er klar til underskrift, kan underskrives</translation>
    </message>
    <message>
        <source>Kun en underskrevet gennemgang kan rettes med en ny version</source>
        <translation>Kun en underskrevet gennemgang kan rettes med en ny version</translation>
    </message>
    <message>
        <source>Næste skridt findes ikke</source>
        <translation>Næste skridt findes ikke</translation>
    </message>
    <message>
        <source>{section}: {count} felt(er) mangler eller er ugyldige</source>
        <translation>{section}: {count} felt(er) mangler eller er ugyldige</translation>
    </message>
    <message>
        <source>Samtykke: »{purpose}« er ikke registreret</source>
        <translation>Samtykke: »{purpose}« er ikke registreret</translation>
    </message>
    <message>
        <source>Samtykke: {problem}</source>
        <translation>Samtykke: {problem}</translation>
    </message>
    <message>
        <source>Næste skridt: mindst ét næste skridt skal aftales</source>
        <translation>Næste skridt: mindst ét næste skridt skal aftales</translation>
    </message>
    <message>
        <source>Næste skridt: {problem}</source>
        <translation>Næste skridt: {problem}</translation>
    </message>
    <message>
        <source>En anden underskrevet PDF er allerede gemt for gennemgang {review_key}</source>
        <translation>En anden underskrevet PDF er allerede gemt for gennemgang {review_key}</translation>
    </message>
    <message>
        <source>Ukendte sagsnøgler: {missing}</source>
        <translation>Ukendte sagsnøgler: {missing}</translation>
    </message>
    <message>
        <source>posten er offentliggjort i hoved {seq}, men findes ikke længere i loggen</source>
        <translation>posten er offentliggjort i hoved {seq}, men findes ikke længere i loggen</translation>
    </message>
    <message>
        <source>posten passer ikke længere med hoved {seq} på fællesmappen (ændret, eller kæden er skrevet om)</source>
        <translation>posten passer ikke længere med hoved {seq} på fællesmappen (ændret, eller kæden er skrevet om)</translation>
    </message>
    <message>
        <source>underskrevet med en anden nøgle end denne installations</source>
        <translation>underskrevet med en anden nøgle end denne installations</translation>
    </message>
    <message>
        <source>ulæseligt hoved</source>
        <translation>ulæseligt hoved</translation>
    </message>
    <message>
        <source>underskriften passer ikke (ændret efter udgivelsen)</source>
        <translation>underskriften passer ikke (ændret efter udgivelsen)</translation>
    </message>
    <message>
        <source>mappen kan ikke læses ({error})</source>
        <translation>mappen kan ikke læses ({error})</translation>
    </message>
    <message>
        <source>hovedet passer ikke til sit filnavn</source>
        <translation>hovedet passer ikke til sit filnavn</translation>
    </message>
    <message>
        <source>kan ikke læses ({error})</source>
        <translation>kan ikke læses ({error})</translation>
    </message>
    <message>
        <source>Advarsel: adgangskoden til signeringsnøglen er den samme som til databasen. Den, der kender den ene, kan så både læse sagerne og underskrive i dit navn. Vælg helst en anden.</source>
        <translation>Advarsel: adgangskoden til signeringsnøglen er den samme som til databasen. Den, der kender den ene, kan så både læse sagerne og underskrive i dit navn. Vælg helst en anden.</translation>
    </message>
    <message>
        <source>Nøglefilen er i orden, men dens adgangskode er for svag til at beskytte nøglen her: {problem} Skift den i nøglefilen (fx med kommunens værktøj) og importér igen.</source>
        <translation>Nøglefilen er i orden, men dens adgangskode er for svag til at beskytte nøglen her: {problem} Skift den i nøglefilen (fx med kommunens værktøj) og importér igen.</translation>
    </message>
    <message>
        <source>ikke en almindelig fil</source>
        <translation>ikke en almindelig fil</translation>
    </message>
    <message>
        <source>et symbolsk link</source>
        <translation>et symbolsk link</translation>
    </message>
    <message>
        <source>for stor (højst {cap} byte)</source>
        <translation>for stor (højst {cap} byte)</translation>
    </message>
    <message>
        <source>ikke en almindelig fil (en FIFO eller en enhed)</source>
        <translation>ikke en almindelig fil (en FIFO eller en enhed)</translation>
    </message>
    <message>
        <source>unsafe name in record</source>
        <translation>unsafe name in record</translation>
    </message>
    <message>
        <source>tildelt en anden bruger</source>
        <translation>tildelt en anden bruger</translation>
    </message>
    <message>
        <source>ikke en gennemgangspost</source>
        <translation>ikke en gennemgangspost</translation>
    </message>
    <message>
        <source>mangler {missing}</source>
        <translation>mangler {missing}</translation>
    </message>
    <message>
        <source>filnavnet passer ikke til posten</source>
        <translation>filnavnet passer ikke til posten</translation>
    </message>
    <message>
        <source>ulæselig post i udbakken ({problem})</source>
        <translation>ulæselig post i udbakken ({problem})</translation>
    </message>
    <message>
        <source>»{recommendation}« kan ikke indstilles til et møde den {date}; den gælder kun {period}</source>
        <translation>»{recommendation}« kan ikke indstilles til et møde den {date}; den gælder kun {period}</translation>
    </message>
    <message>
        <source>Skriv hvad »{recommendation}« dækker over</source>
        <translation>Skriv hvad »{recommendation}« dækker over</translation>
    </message>
    <message>
        <source>Grunden skal være en af: {reasons}</source>
        <translation>Grunden skal være en af: {reasons}</translation>
    </message>
    <message>
        <source>Sagen {case_key} findes ikke</source>
        <translation>Sagen {case_key} findes ikke</translation>
    </message>
    <message>
        <source>Opbevaringsperioden skal være mindst 1 år</source>
        <translation>Opbevaringsperioden skal være mindst 1 år</translation>
    </message>
    <message>
        <source>Sag {case_key} er allerede tilbageholdt</source>
        <translation>Sag {case_key} er allerede tilbageholdt</translation>
    </message>
    <message>
        <source>Sag {case_key} er ikke tilbageholdt</source>
        <translation>Sag {case_key} er ikke tilbageholdt</translation>
    </message>
    <message>
        <source>Ukendt samtykke: {purpose}</source>
        <translation>Ukendt samtykke: {purpose}</translation>
    </message>
    <message>
        <source>Ukendt type af næste skridt: {type}</source>
        <translation>Ukendt type af næste skridt: {type}</translation>
    </message>
    <message>
        <source>Beskriv hvad »{step}« dækker over i noten</source>
        <translation>Beskriv hvad »{step}« dækker over i noten</translation>
    </message>
    <message>
        <source>En underskrevet gennemgang beholder sin skabelon</source>
        <translation>En underskrevet gennemgang beholder sin skabelon</translation>
    </message>
    <message>
        <source>Gennemgangen bruger ikke skabelonen {key}</source>
        <translation>Gennemgangen bruger ikke skabelonen {key}</translation>
    </message>
    <message>
        <source>{name} på fællesmappen er afvist: en mappe med et filnavn</source>
        <translation>{name} på fællesmappen er afvist: en mappe med et filnavn</translation>
    </message>
    <message>
        <source>PDF&apos;en mangler på fællesmappen</source>
        <translation>PDF&apos;en mangler på fællesmappen</translation>
    </message>
    <message>
        <source>ulæselig post: {problem}</source>
        <translation>ulæselig post: {problem}</translation>
    </message>
    <message>
        <source>Mappen kan ikke oprettes: {strerror}</source>
        <translation>Mappen kan ikke oprettes: {strerror}</translation>
    </message>
    <message>
        <source>En anden synkronisering kører allerede på denne datamappe (i programmet eller med udsat sync); prøv igen om lidt</source>
        <translation>En anden synkronisering kører allerede på denne datamappe (i programmet eller med udsat sync); prøv igen om lidt</translation>
    </message>
    <message>
        <source>Der findes allerede en signeringsnøgle; brug --replace (eller bekræft i programmet) for at erstatte den</source>
        <translation>Der findes allerede en signeringsnøgle; brug --replace (eller bekræft i programmet) for at erstatte den</translation>
    </message>
    <message>
        <source>Den underskrevne sammenfatning findes ikke for: {missing} (synkronisér, eller indlæs teamets gennemgange)</source>
        <translation>Den underskrevne sammenfatning findes ikke for: {missing} (synkronisér, eller indlæs teamets gennemgange)</translation>
    </message>
    <message>
        <source>ukendt format</source>
        <translation>ukendt format</translation>
    </message>
    <message>
        <source>kan ikke åbnes med din nøgle (til en anden, eller ændret)</source>
        <translation>kan ikke åbnes med din nøgle (til en anden, eller ændret)</translation>
    </message>
    <message>
        <source>beskadiget fil ({error})</source>
        <translation>beskadiget fil ({error})</translation>
    </message>
    <message>
        <source>fællesmappen kan ikke bruges ({error})</source>
        <translation>fællesmappen kan ikke bruges ({error})</translation>
    </message>
    <message>
        <source>fællesmappen svarede ikke inden for {seconds} sekunder (netværksdrevet hænger?)</source>
        <translation>fællesmappen svarede ikke inden for {seconds} sekunder (netværksdrevet hænger?)</translation>
    </message>
    <message>
        <source>fællesmappen er fuld (ingen plads tilbage på drevet)</source>
        <translation>fællesmappen er fuld (ingen plads tilbage på drevet)</translation>
    </message>
    <message>
        <source>fællesmappen forsvandt undervejs (netværket afbrudt?)</source>
        <translation>fællesmappen forsvandt undervejs (netværket afbrudt?)</translation>
    </message>
    <message>
        <source>{name} findes allerede på fællesmappen med et andet indhold; den overskrives aldrig</source>
        <translation>{name} findes allerede på fællesmappen med et andet indhold; den overskrives aldrig</translation>
    </message>
    <message>
        <source>Der er ikke valgt en fællesmappe. Vælg den under Filer → Indstillinger.</source>
        <translation>Der er ikke valgt en fællesmappe. Vælg den under Filer → Indstillinger.</translation>
    </message>
    <message>
        <source>ikke en almindelig fil (en mappe, en FIFO eller en enhed)</source>
        <translation>ikke en almindelig fil (en mappe, en FIFO eller en enhed)</translation>
    </message>
    <message>
        <source>for stor ({size} byte; højst {cap})</source>
        <translation>for stor ({size} byte; højst {cap})</translation>
    </message>
    <message>
        <source>{name} skrives lige nu på fællesmappen; der prøves igen ved næste synkronisering</source>
        <translation>{name} skrives lige nu på fællesmappen; der prøves igen ved næste synkronisering</translation>
    </message>
    <message>
        <source>{name} blev beskadiget på vej til fællesmappen</source>
        <translation>{name} blev beskadiget på vej til fællesmappen</translation>
    </message>
    <message>
        <source>Fællesmappen kan ikke nås: {path}. Er netværksdrevet forbundet?</source>
        <translation>Fællesmappen kan ikke nås: {path}. Er netværksdrevet forbundet?</translation>
    </message>
    <message>
        <source>Filen {name} er for stor til at blive indlæst.</source>
        <translation>Filen {name} er for stor til at blive indlæst.</translation>
    </message>
    <message>
        <source>Nøglefilen er beskadiget</source>
        <translation>Nøglefilen er beskadiget</translation>
    </message>
    <message>
        <source>{to_user} er ikke godkendt på teamets holdliste (en koordinator godkender anmodningen under Team → Medlemmer)</source>
        <translation>{to_user} er ikke godkendt på teamets holdliste (en koordinator godkender anmodningen under Team → Medlemmer)</translation>
    </message>
    <message>
        <source>Du er ikke koordinator på teamets holdliste og kan ikke tildele sager</source>
        <translation>Du er ikke koordinator på teamets holdliste og kan ikke tildele sager</translation>
    </message>
    <message>
        <source>afsenderen er ikke koordinator på teamets holdliste</source>
        <translation>afsenderen er ikke koordinator på teamets holdliste</translation>
    </message>
    <message>
        <source>afsender eller modtager passer ikke til underskriften</source>
        <translation>afsender eller modtager passer ikke til underskriften</translation>
    </message>
    <message>
        <source>ugyldig sag i tildelingen (sagsnøgle eller felter)</source>
        <translation>ugyldig sag i tildelingen (sagsnøgle eller felter)</translation>
    </message>
    <message>
        <source>PDF&apos;en er ikke underskrevet med den nøgle, der underskrev posten</source>
        <translation>PDF&apos;en er ikke underskrevet med den nøgle, der underskrev posten</translation>
    </message>
    <message>
        <source>PDF&apos;en hører til en anden sag eller gennemgang end posten</source>
        <translation>PDF&apos;en hører til en anden sag eller gennemgang end posten</translation>
    </message>
    <message>
        <source>underskriveren er ikke på teamets holdliste; gennemgangen tælles ikke</source>
        <translation>underskriveren er ikke på teamets holdliste; gennemgangen tælles ikke</translation>
    </message>
    <message>
        <source>PDF&apos;en passer ikke til postens hash</source>
        <translation>PDF&apos;en passer ikke til postens hash</translation>
    </message>
    <message>
        <source>indholdet er beskadiget</source>
        <translation>indholdet er beskadiget</translation>
    </message>
    <message>
        <source>en anden post med samme gennemgangs-id er set før; den første beholdes</source>
        <translation>en anden post med samme gennemgangs-id er set før; den første beholdes</translation>
    </message>
    <message>
        <source>en medunderskrift er ikke fra en af gennemgangens gennemgåere</source>
        <translation>en medunderskrift er ikke fra en af gennemgangens gennemgåere</translation>
    </message>
    <message>
        <source>kravet er ikke underskrevet af et medlem af teamet</source>
        <translation>kravet er ikke underskrevet af et medlem af teamet</translation>
    </message>
    <message>
        <source>kravet passer ikke til sagen eller underskriveren</source>
        <translation>kravet passer ikke til sagen eller underskriveren</translation>
    </message>
    <message>
        <source>kravet ignoreres: {reason}</source>
        <translation>kravet ignoreres: {reason}</translation>
    </message>
    <message>
        <source>tildelingen afvist: {problem}</source>
        <translation>tildelingen afvist: {problem}</translation>
    </message>
    <message>
        <source>posten er afvist: den nævner ikke {user_id}, som underskrev den</source>
        <translation>posten er afvist: den nævner ikke {user_id}, som underskrev den</translation>
    </message>
    <message>
        <source>ugyldige gennemgåere</source>
        <translation>ugyldige gennemgåere</translation>
    </message>
    <message>
        <source>posten er afvist: {reason}</source>
        <translation>posten er afvist: {reason}</translation>
    </message>
    <message>
        <source>Sammenfatningen er ændret efter underskrift, ikke underskrevet eller underskrevet af en, der ikke er på teamets holdliste, for: {broken}</source>
        <translation>Sammenfatningen er ændret efter underskrift, ikke underskrevet eller underskrevet af en, der ikke er på teamets holdliste, for: {broken}</translation>
    </message>
    <message>
        <source>ugyldigt bruger-id</source>
        <translation>ugyldigt bruger-id</translation>
    </message>
    <message>
        <source>ugyldig nøgle</source>
        <translation>ugyldig nøgle</translation>
    </message>
    <message>
        <source>for mange certifikater</source>
        <translation>for mange certifikater</translation>
    </message>
    <message>
        <source>holdlisten er afvist: version {version} er ikke nyere end den, programmet har (version {held})</source>
        <translation>holdlisten er afvist: version {version} er ikke nyere end den, programmet har (version {held})</translation>
    </message>
    <message>
        <source>holdlisten er afvist: den er ikke underskrevet af en koordinator, du har godkendt</source>
        <translation>holdlisten er afvist: den er ikke underskrevet af en koordinator, du har godkendt</translation>
    </message>
    <message>
        <source>holdlisten er afvist: underskriveren er ikke koordinator i den</source>
        <translation>holdlisten er afvist: underskriveren er ikke koordinator i den</translation>
    </message>
    <message>
        <source>filnavnet passer ikke til brugeren</source>
        <translation>filnavnet passer ikke til brugeren</translation>
    </message>
    <message>
        <source>ukendt rolle</source>
        <translation>ukendt rolle</translation>
    </message>
    <message>
        <source>mangler certifikater</source>
        <translation>mangler certifikater</translation>
    </message>
    <message>
        <source>Du er ikke koordinator på teamets holdliste og kan ikke ændre den</source>
        <translation>Du er ikke koordinator på teamets holdliste og kan ikke ændre den</translation>
    </message>
    <message>
        <source>Holdliste version {version} fjerner dig som koordinator og venter på din beslutning: bekræft den med `udsat team confirm-roster {version}`, eller tal med teamet, før du ændrer holdlisten</source>
        <translation>Holdliste version {version} fjerner dig som koordinator og venter på din beslutning: bekræft den med `udsat team confirm-roster {version}`, eller tal med teamet, før du ændrer holdlisten</translation>
    </message>
    <message>
        <source>Der er ingen anmodning fra {user_id} på fællesmappen</source>
        <translation>Der er ingen anmodning fra {user_id} på fællesmappen</translation>
    </message>
    <message>
        <source>Anmodningen fra {user_id} bruger en anden medarbejders nøgle</source>
        <translation>Anmodningen fra {user_id} bruger en anden medarbejders nøgle</translation>
    </message>
    <message>
        <source>{user_id} er ikke på teamets holdliste</source>
        <translation>{user_id} er ikke på teamets holdliste</translation>
    </message>
    <message>
        <source>{user_id} er allerede tilbagekaldt</source>
        <translation>{user_id} er allerede tilbagekaldt</translation>
    </message>
    <message>
        <source>Du kan ikke tilbagekalde dig selv</source>
        <translation>Du kan ikke tilbagekalde dig selv</translation>
    </message>
    <message>
        <source>medlem er ikke et objekt</source>
        <translation>medlem er ikke et objekt</translation>
    </message>
    <message>
        <source>certifikatet er for stort</source>
        <translation>certifikatet er for stort</translation>
    </message>
    <message>
        <source>samme bruger to gange</source>
        <translation>samme bruger to gange</translation>
    </message>
    <message>
        <source>holdlisten er afvist: {reason}</source>
        <translation>holdlisten er afvist: {reason}</translation>
    </message>
    <message>
        <source>Programmet har endnu ikke teamets holdliste: synkronisér først</source>
        <translation>Programmet har endnu ikke teamets holdliste: synkronisér først</translation>
    </message>
    <message>
        <source>Anmodningen fra {user_id} kan ikke bruges: {reason}</source>
        <translation>Anmodningen fra {user_id} kan ikke bruges: {reason}</translation>
    </message>
    <message>
        <source>medlem mangler felter</source>
        <translation>medlem mangler felter</translation>
    </message>
    <message>
        <source>ugyldigt certifikat</source>
        <translation>ugyldigt certifikat</translation>
    </message>
    <message>
        <source>ugyldig version</source>
        <translation>ugyldig version</translation>
    </message>
    <message>
        <source>holdlisten mangler felter</source>
        <translation>holdlisten mangler felter</translation>
    </message>
    <message>
        <source>holdlisten er afvist: filnavnet passer ikke til versionen</source>
        <translation>holdlisten er afvist: filnavnet passer ikke til versionen</translation>
    </message>
    <message>
        <source>fællesmappen er skrivebeskyttet (drevet er kun til læsning)</source>
        <translation>fællesmappen er skrivebeskyttet (drevet er kun til læsning)</translation>
    </message>
    <message>
        <source>ingen skriveadgang til fællesmappen (spørg IT om rettighederne)</source>
        <translation>ingen skriveadgang til fællesmappen (spørg IT om rettighederne)</translation>
    </message>
    <message>
        <source>netværksdrevet er ikke forbundet (forbindelsen til fællesmappen er væk)</source>
        <translation>netværksdrevet er ikke forbundet (forbindelsen til fællesmappen er væk)</translation>
    </message>
    <message>
        <source>serveren afbrød forbindelsen til fællesmappen</source>
        <translation>serveren afbrød forbindelsen til fællesmappen</translation>
    </message>
    <message>
        <source>fællesmappen svarede ikke i tide (netværket eller serveren er for langsom)</source>
        <translation>fællesmappen svarede ikke i tide (netværket eller serveren er for langsom)</translation>
    </message>
    <message>
        <source>læse- eller skrivefejl på fællesmappen (serveren eller netværksdrevet svarer ikke rigtigt)</source>
        <translation>læse- eller skrivefejl på fællesmappen (serveren eller netværksdrevet svarer ikke rigtigt)</translation>
    </message>
    <message>
        <source>en mappe på fællesmappen er et symbolsk link; der skrives ikke gennem det</source>
        <translation>en mappe på fællesmappen er et symbolsk link; der skrives ikke gennem det</translation>
    </message>
    <message>
        <source>{name} på fællesmappen er ikke en rigtig mappe (et symbolsk link eller en fil); der skrives og læses ikke gennem den</source>
        <translation>{name} på fællesmappen er ikke en rigtig mappe (et symbolsk link eller en fil); der skrives og læses ikke gennem den</translation>
    </message>
    <message>
        <source>{name} på fællesmappen er afvist: {why}</source>
        <translation>{name} på fællesmappen er afvist: {why}</translation>
    </message>
    <message>
        <source>{path} er en anden fællesmappe end den, programmet synkroniserer med. Er netværksdrevet forbundet til den rigtige mappe? Er teamets fællesmappe flyttet, så sker det med en ny holdliste fra koordinatoren: tal med koordinatoren.</source>
        <translation>{path} er en anden fællesmappe end den, programmet synkroniserer med. Er netværksdrevet forbundet til den rigtige mappe? Er teamets fællesmappe flyttet, så sker det med en ny holdliste fra koordinatoren: tal med koordinatoren.</translation>
    </message>
    <message>
        <source>Mærkefilen {name} i fællesmappen kan ikke læses</source>
        <translation>Mærkefilen {name} i fællesmappen kan ikke læses</translation>
    </message>
    <message>
        <source>Fællesmappen er ikke en mappe: {path}</source>
        <translation>Fællesmappen er ikke en mappe: {path}</translation>
    </message>
    <message>
        <source>Fællesmappen kan ikke bruges: {reason}</source>
        <translation>Fællesmappen kan ikke bruges: {reason}</translation>
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
        <translation>En fil kunne ikke læses eller skrives (%1).</translation>
    </message>
    <message>
        <source>Der opstod en uventet fejl (%1); detaljerne står i logfilen.</source>
        <translation>Der opstod en uventet fejl (%1); detaljerne står i logfilen.</translation>
    </message>
    <message>
        <source>Ikke gemt: %1 Dine svar står stadig i vinduet og gemmes, så snart det lykkes.</source>
        <translation>Ikke gemt: %1 Dine svar står stadig i vinduet og gemmes, så snart det lykkes.</translation>
    </message>
    <message>
        <source>Ikke gemt</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>%1

Luk alligevel? Dine seneste svar går tabt.</source>
        <translation>%1

Luk alligevel? Dine seneste svar går tabt.</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Eksempel: %1</source>
        <translation>Eksempel: %1</translation>
    </message>
    <message>
        <source>Fejl i %1</source>
        <translation>Fejl i %1</translation>
    </message>
    <message>
        <source>Indsæt standardteksten</source>
        <translation>Indsæt standardteksten</translation>
    </message>
    <message>
        <source>Fx: %1</source>
        <translation>Fx: %1</translation>
    </message>
    <message>
        <source>Skal være et tal</source>
        <translation>Skal være et tal</translation>
    </message>
    <message>
        <source>Ugyldig dato (brug %1)</source>
        <translation>Ugyldig dato (brug %1)</translation>
    </message>
    <message>
        <source>— vælg —</source>
        <translation>— vælg —</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>%1: navn</source>
        <translation>%1: navn</translation>
    </message>
    <message>
        <source>%1: rolle</source>
        <translation>%1: rolle</translation>
    </message>
    <message>
        <source>Tilføj %1</source>
        <translation>Tilføj %1</translation>
    </message>
    <message>
        <source>Tilføj en ny %1</source>
        <translation>Tilføj en ny %1</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Fjern dette punkt</source>
        <translation>Fjern dette punkt</translation>
    </message>
    <message>
        <source>Fjern %1</source>
        <translation>Fjern %1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Velkommen til Udsat Desktop</source>
        <translation>Velkommen til Udsat Desktop</translation>
    </message>
    <message>
        <source>Opret din profil. Sagerne gemmes krypteret på denne computer med en adgangskode, som kun du kender. Glemmer du den, kan data ikke gendannes.</source>
        <translation>Opret din profil. Sagerne gemmes krypteret på denne computer med en adgangskode, som kun du kender. Glemmer du den, kan data ikke gendannes.</translation>
    </message>
    <message>
        <source>mindst %1 tegn, ikke en almindelig adgangskode</source>
        <translation>mindst %1 tegn, ikke en almindelig adgangskode</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Initialer</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Adgangskode</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>Gentag adgangskode</source>
        <translation>Gentag adgangskode</translation>
    </message>
    <message>
        <source>&amp;Navn</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Initialer</source>
        <translation>&amp;Initialer</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Rolle</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Adgangskode</source>
        <translation>&amp;Adgangskode</translation>
    </message>
    <message>
        <source>&amp;Gentag adgangskode</source>
        <translation>&amp;Gentag adgangskode</translation>
    </message>
    <message>
        <source>Opret profil</source>
        <translation>Opret profil</translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>De to adgangskoder er ikke ens</source>
        <translation>De to adgangskoder er ikke ens</translation>
    </message>
</context>
<context>
    <name>FollowUpWindow</name>
    <message>
        <source>Opfølgning – Udsat Desktop</source>
        <translation>Opfølgning – Udsat Desktop</translation>
    </message>
    <message>
        <source>Alle organisationer</source>
        <translation>Alle organisationer</translation>
    </message>
    <message>
        <source>Ansvarlig person (præcist navn)</source>
        <translation>Ansvarlig person (præcist navn)</translation>
    </message>
    <message>
        <source>Kun overskredne</source>
        <translation>Kun overskredne</translation>
    </message>
    <message>
        <source>Filtrér på organisation</source>
        <translation>Filtrér på organisation</translation>
    </message>
    <message>
        <source>Filtrér på ansvarlig person</source>
        <translation>Filtrér på ansvarlig person</translation>
    </message>
    <message>
        <source>Vis kun overskredne skridt</source>
        <translation>Vis kun overskredne skridt</translation>
    </message>
    <message>
        <source>Åbne næste skridt; Enter åbner sagen</source>
        <translation>Åbne næste skridt; Enter åbner sagen</translation>
    </message>
    <message>
        <source>Sag</source>
        <translation>Sag</translation>
    </message>
    <message>
        <source>Næste skridt</source>
        <translation>Næste skridt</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Samtykke</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Åbne næste skridt</source>
        <translation>Åbne næste skridt</translation>
    </message>
    <message>
        <source>%1 åbent næste skridt</source>
        <translation>%1 åbent næste skridt</translation>
    </message>
    <message>
        <source>%1 åbne næste skridt</source>
        <translation>%1 åbne næste skridt</translation>
    </message>
    <message>
        <source>heraf %1 overskredet</source>
        <translation>heraf %1 overskredet</translation>
    </message>
    <message>
        <source>Konflikt: %1 – deres næste skridt tælles ikke, før koordinatoren har valgt den gældende gennemgang</source>
        <translation>Konflikt: %1 – deres næste skridt tælles ikke, før koordinatoren har valgt den gældende gennemgang</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Importér målgruppeliste</source>
        <translation>Importér målgruppeliste</translation>
    </message>
    <message>
        <source>Vælg en .xlsx- eller .csv-fil</source>
        <translation>Vælg en .xlsx- eller .csv-fil</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Målgruppelisten som Excel (.xlsx) eller CSV</source>
        <translation>Målgruppelisten som Excel (.xlsx) eller CSV</translation>
    </message>
    <message>
        <source>&amp;Gennemse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <source>Vælg filen</source>
        <translation>Vælg filen</translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Række</source>
        <translation>Række</translation>
    </message>
    <message>
        <source>Årsag</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>Afviste rækker og advarsler</source>
        <translation>Afviste rækker og advarsler</translation>
    </message>
    <message>
        <source>Afviste rækker øverst; en gruppe foldes ud med pil højre eller dobbeltklik</source>
        <translation>Afviste rækker øverst; en gruppe foldes ud med pil højre eller dobbeltklik</translation>
    </message>
    <message>
        <source>%1 ny sag, %2 opdateret, %3 uændret.</source>
        <translation>%1 ny sag, %2 opdateret, %3 uændret.</translation>
    </message>
    <message>
        <source>CPR-nummer og navn skal findes i filen. Først vises filens første rækker og hvad hver kolonne bliver til; intet importeres, før du trykker Importér igen. Rækker med fejl springes over og vises med rækkenummer og årsag; resten importeres samlet.</source>
        <translation>CPR-nummer og navn skal findes i filen. Først vises filens første rækker og hvad hver kolonne bliver til; intet importeres, før du trykker Importér igen. Rækker med fejl springes over og vises med rækkenummer og årsag; resten importeres samlet.</translation>
    </message>
    <message>
        <source>Kolonnerne kunne ikke genkendes: %1. Vælg dem herunder (eller overskriftsrækken) og tryk Importér.</source>
        <translation>Kolonnerne kunne ikke genkendes: %1. Vælg dem herunder (eller overskriftsrækken) og tryk Importér.</translation>
    </message>
    <message>
        <source>Kontrollér kolonnerne herunder, og tryk Importér for at importere.</source>
        <translation>Kontrollér kolonnerne herunder, og tryk Importér for at importere.</translation>
    </message>
    <message>
        <source>%1 rækker afvist (øverst, markeret ✖): ret dem i filen og importér igen.</source>
        <translation>%1 rækker afvist (øverst, markeret ✖): ret dem i filen og importér igen.</translation>
    </message>
    <message>
        <source>%1 dublet sprunget over.</source>
        <translation>%1 dublet sprunget over.</translation>
    </message>
    <message>
        <source>Ikke importeret: %1.</source>
        <translation>Ikke importeret: %1.</translation>
    </message>
    <message>
        <source>kolonne %1 »%2«</source>
        <translation>kolonne %1 »%2«</translation>
    </message>
    <message>
        <source>kolonne %1</source>
        <translation>kolonne %1</translation>
    </message>
    <message>
        <source>✖ Afvist: %1</source>
        <translation>✖ Afvist: %1</translation>
    </message>
    <message>
        <source>&amp;Importér</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <source>&amp;Luk</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>Vælg målgruppeliste</source>
        <translation>Vælg målgruppeliste</translation>
    </message>
    <message>
        <source>Målgruppelister (*.xlsx *.csv *.txt);;Alle filer (*)</source>
        <translation>Målgruppelister (*.xlsx *.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Vælg en fil først</source>
        <translation>Vælg en fil først</translation>
    </message>
    <message>
        <source>Kolonnerne kunne ikke genkendes: %1. Vælg dem herunder og tryk Importér igen.</source>
        <translation>Kolonnerne kunne ikke genkendes: %1. Vælg dem herunder og tryk Importér igen.</translation>
    </message>
    <message>
        <source>Importen mislykkedes; intet er gemt. %1</source>
        <translation>Importen mislykkedes; intet er gemt. %1</translation>
    </message>
    <message>
        <source>%1 nye sager, %2 opdateret, %3 uændret.</source>
        <translation>%1 nye sager, %2 opdateret, %3 uændret.</translation>
    </message>
    <message>
        <source>%1 række afvist (øverst, markeret ✖): ret den i filen og importér igen.</source>
        <translation>%1 række afvist (øverst, markeret ✖): ret den i filen og importér igen.</translation>
    </message>
    <message>
        <source>%1 dubletter sprunget over.</source>
        <translation>%1 dubletter sprunget over.</translation>
    </message>
    <message>
        <source>%1 advarsel (importeret alligevel).</source>
        <translation>%1 advarsel (importeret alligevel).</translation>
    </message>
    <message>
        <source>%1 advarsler (importeret alligevel).</source>
        <translation>%1 advarsler (importeret alligevel).</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Forhåndsvisning – intet er importeret endnu</source>
        <translation>Forhåndsvisning – intet er importeret endnu</translation>
    </message>
    <message>
        <source>Overskriftsrække</source>
        <translation>Overskriftsrække</translation>
    </message>
    <message>
        <source>Rækken med kolonneoverskrifterne. Står der en titel eller grupperede overskrifter over dem, vælg rækken med de egentlige overskrifter.</source>
        <translation>Rækken med kolonneoverskrifterne. Står der en titel eller grupperede overskrifter over dem, vælg rækken med de egentlige overskrifter.</translation>
    </message>
    <message>
        <source>De første rækker i filen</source>
        <translation>De første rækker i filen</translation>
    </message>
    <message>
        <source>Overskriften viser, hvad hver kolonne importeres som</source>
        <translation>Overskriften viser, hvad hver kolonne importeres som</translation>
    </message>
    <message>
        <source>Kolonner der ikke importeres</source>
        <translation>Kolonner der ikke importeres</translation>
    </message>
    <message>
        <source>Overskrifter i række:</source>
        <translation>Overskrifter i række:</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>→ importeres ikke</source>
        <translation>→ importeres ikke</translation>
    </message>
    <message>
        <source>%1 »%2«</source>
        <translation>%1 »%2«</translation>
    </message>
    <message>
        <source>Importeres ikke: %1. Vælg dem ovenfor, hvis de skal med.</source>
        <translation>Importeres ikke: %1. Vælg dem ovenfor, hvis de skal med.</translation>
    </message>
    <message>
        <source>Alle kolonner bruges.</source>
        <translation>Alle kolonner bruges.</translation>
    </message>
</context>
<context>
    <name>Ingest</name>
    <message>
        <source>%1 ny gennemgang indlæst</source>
        <translation>%1 ny gennemgang indlæst</translation>
    </message>
    <message>
        <source>%1 nye gennemgange indlæst</source>
        <translation>%1 nye gennemgange indlæst</translation>
    </message>
    <message>
        <source>%1 uændret</source>
        <translation>%1 uændret</translation>
    </message>
    <message>
        <source>%1 uændrede</source>
        <translation>%1 uændrede</translation>
    </message>
    <message>
        <source>%1 sag opdateret.</source>
        <translation>%1 sag opdateret.</translation>
    </message>
    <message>
        <source>%1 sager opdateret.</source>
        <translation>%1 sager opdateret.</translation>
    </message>
    <message>
        <source>Ændret efter underskrift</source>
        <translation>Ændret efter underskrift</translation>
    </message>
    <message>
        <source>Ikke underskrevet</source>
        <translation>Ikke underskrevet</translation>
    </message>
    <message>
        <source>Ukendt underskriver</source>
        <translation>Ukendt underskriver</translation>
    </message>
    <message>
        <source>Tilbagekaldt underskriver</source>
        <translation>Tilbagekaldt underskriver</translation>
    </message>
    <message>
        <source>Kunne ikke kontrolleres</source>
        <translation>Kunne ikke kontrolleres</translation>
    </message>
    <message>
        <source>Andet indhold under et kendt id (konflikt)</source>
        <translation>Andet indhold under et kendt id (konflikt)</translation>
    </message>
    <message>
        <source>Flere gennemgange af samme sag</source>
        <translation>Flere gennemgange af samme sag</translation>
    </message>
    <message>
        <source>Langtidsvalidering tilføjet (B-LT/B-LTA)</source>
        <translation>Langtidsvalidering tilføjet (B-LT/B-LTA)</translation>
    </message>
    <message>
        <source>Venter på langtidsvalidering (prøves igen ved næste indlæsning)</source>
        <translation>Venter på langtidsvalidering (prøves igen ved næste indlæsning)</translation>
    </message>
    <message>
        <source>Offentliggjort af teamet, men mangler her (%1):</source>
        <translation>Offentliggjort af teamet, men mangler her (%1):</translation>
    </message>
    <message>
        <source>Indlæser teamets gennemgange…</source>
        <translation>Indlæser teamets gennemgange…</translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Indlæs teamets gennemgange</source>
        <translation>Indlæs teamets gennemgange</translation>
    </message>
    <message>
        <source>post</source>
        <translation>post</translation>
    </message>
    <message>
        <source>poster</source>
        <translation>poster</translation>
    </message>
    <message>
        <source>%1 af %2 %3 kontrolleret</source>
        <translation>%1 af %2 %3 kontrolleret</translation>
    </message>
    <message>
        <source>Afbrudt: %1 af %2 %3 er kontrolleret og gemt. Resten indlæses, når du indlæser igen; det gemte læses ikke igen.</source>
        <translation>Afbrudt: %1 af %2 %3 er kontrolleret og gemt. Resten indlæses, når du indlæser igen; det gemte læses ikke igen.</translation>
    </message>
    <message>
        <source>%1, under 1 min tilbage</source>
        <translation>%1, under 1 min tilbage</translation>
    </message>
    <message>
        <source>%1, ca. %2 min tilbage</source>
        <translation>%1, ca. %2 min tilbage</translation>
    </message>
</context>
<context>
    <name>JournalExport</name>
    <message>
        <source>eksportere til journalisering</source>
        <translation>eksportere til journalisering</translation>
    </message>
    <message>
        <source>Eksportér til journalisering: vælg en tom mappe</source>
        <translation>Eksportér til journalisering: vælg en tom mappe</translation>
    </message>
    <message>
        <source>Eksportér til journalisering</source>
        <translation>Eksportér til journalisering</translation>
    </message>
    <message>
        <source>%1 underskrevne sammenfatninger (PDF/A) og manifest.csv og manifest.json er skrevet til %2.</source>
        <translation>%1 underskrevne sammenfatninger (PDF/A) og manifest.csv og manifest.json er skrevet til %2.</translation>
    </message>
    <message>
        <source>Den underskrevne PDF mangler for: %1</source>
        <translation>Den underskrevne PDF mangler for: %1</translation>
    </message>
    <message>
        <source>Ikke eksporteret (kun intakte dokumenter med en kendt underskriver går til journalen): %1</source>
        <translation>Ikke eksporteret (kun intakte dokumenter med en kendt underskriver går til journalen): %1</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>Udsat Desktop – låst</source>
        <translation>Udsat Desktop – låst</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>&lt;h2&gt;Udsat Desktop er låst&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Udsat Desktop er låst&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Skriv din adgangskode for at fortsætte. Sagerne er skjult, mens programmet er låst.</source>
        <translation>Skriv din adgangskode for at fortsætte. Sagerne er skjult, mens programmet er låst.</translation>
    </message>
    <message>
        <source>Adgangskode</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>Adgangskoden til databasen</source>
        <translation>Adgangskoden til databasen</translation>
    </message>
    <message>
        <source>&amp;Lås op</source>
        <translation>&amp;Lås op</translation>
    </message>
    <message>
        <source>Lås op med adgangskoden</source>
        <translation>Lås op med adgangskoden</translation>
    </message>
    <message>
        <source>Besked</source>
        <translation>Besked</translation>
    </message>
    <message>
        <source>Forkert adgangskode</source>
        <translation>Forkert adgangskode</translation>
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
        <translation>Bruger: %1 (%2, %3) · Databasen er krypteret</translation>
    </message>
    <message>
        <source>Udbakken er nu krypteret</source>
        <translation>Udbakken er nu krypteret</translation>
    </message>
    <message numerus="yes">
        <source>%Ln underskrevne sammenfatninger, som en tidligere version havde lagt ukrypteret i udbakken, er flyttet ind i den krypterede database og slettet fra disken. De sendes krypteret ved næste synkronisering.</source>
        <translation>
            <numerusform>%Ln underskreven sammenfatning, som en tidligere version havde lagt ukrypteret i udbakken, er flyttet ind i den krypterede database og slettet fra disken. Den sendes krypteret ved næste synkronisering.</numerusform>
            <numerusform>%Ln underskrevne sammenfatninger, som en tidligere version havde lagt ukrypteret i udbakken, er flyttet ind i den krypterede database og slettet fra disken. De sendes krypteret ved næste synkronisering.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synkronisering</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>Filer, der venter på fællesmappen, og seneste synkronisering (F9 synkroniserer nu)</source>
        <translation>Filer, der venter på fællesmappen, og seneste synkronisering (F9 synkroniserer nu)</translation>
    </message>
    <message>
        <source>&amp;Filer</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Importér målgruppeliste…</source>
        <translation>&amp;Importér målgruppeliste…</translation>
    </message>
    <message>
        <source>Importér sager fra en Excel- eller CSV-fil</source>
        <translation>Importér sager fra en Excel- eller CSV-fil</translation>
    </message>
    <message>
        <source>&amp;Underskriv alle, der er klar…</source>
        <translation>&amp;Underskriv alle, der er klar…</translation>
    </message>
    <message>
        <source>&amp;Kontrollér underskrift…</source>
        <translation>&amp;Kontrollér underskrift…</translation>
    </message>
    <message>
        <source>&amp;Synkronisér nu</source>
        <translation>&amp;Synkronisér nu</translation>
    </message>
    <message>
        <source>Send udbakken til fællesmappen og hent nyt</source>
        <translation>Send udbakken til fællesmappen og hent nyt</translation>
    </message>
    <message>
        <source>&amp;Hent mine sager</source>
        <translation>&amp;Hent mine sager</translation>
    </message>
    <message>
        <source>Hent de sager, du er tildelt, før du går offline</source>
        <translation>Hent de sager, du er tildelt, før du går offline</translation>
    </message>
    <message>
        <source>&amp;Indstillinger…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <source>&amp;Lås nu</source>
        <translation>&amp;Lås nu</translation>
    </message>
    <message>
        <source>Skjul sagerne, til adgangskoden skrives igen</source>
        <translation>Skjul sagerne, til adgangskoden skrives igen</translation>
    </message>
    <message>
        <source>Skift &amp;adgangskode…</source>
        <translation>Skift &amp;adgangskode…</translation>
    </message>
    <message>
        <source>&amp;Afslut</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Vis</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Søg</source>
        <translation>&amp;Søg</translation>
    </message>
    <message>
        <source>&amp;Ryd søgning og filtre</source>
        <translation>&amp;Ryd søgning og filtre</translation>
    </message>
    <message>
        <source>&amp;Opdatér</source>
        <translation>&amp;Opdatér</translation>
    </message>
    <message>
        <source>&amp;Opfølgning (næste skridt)</source>
        <translation>&amp;Opfølgning (næste skridt)</translation>
    </message>
    <message>
        <source>Å&amp;bn gennemgang af valgt sag</source>
        <translation>Å&amp;bn gennemgang af valgt sag</translation>
    </message>
    <message>
        <source>&amp;Revisionslog…</source>
        <translation>&amp;Revisionslog…</translation>
    </message>
    <message>
        <source>Hvem har set, søgt, ændret, udskrevet og udleveret hvad</source>
        <translation>Hvem har set, søgt, ændret, udskrevet og udleveret hvad</translation>
    </message>
    <message>
        <source>S&amp;ynkroniseringslog</source>
        <translation>S&amp;ynkroniseringslog</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;Tildel valgte sager…</source>
        <translation>&amp;Tildel valgte sager…</translation>
    </message>
    <message>
        <source>Koordinator: tildel de valgte sager til en medarbejder (krypteret til dem)</source>
        <translation>Koordinator: tildel de valgte sager til en medarbejder (krypteret til dem)</translation>
    </message>
    <message>
        <source>&amp;Indlæs teamets gennemgange</source>
        <translation>&amp;Indlæs teamets gennemgange</translation>
    </message>
    <message>
        <source>Koordinator: læs alle underskrevne gennemgange fra fællesmappen og kontrollér dem</source>
        <translation>Koordinator: læs alle underskrevne gennemgange fra fællesmappen og kontrollér dem</translation>
    </message>
    <message>
        <source>Koordinator: de underskrevne sammenfatninger (PDF/A) og et manifest til sagssystemet</source>
        <translation>Koordinator: de underskrevne sammenfatninger (PDF/A) og et manifest til sagssystemet</translation>
    </message>
    <message>
        <source>M&amp;edlemmer…</source>
        <translation>M&amp;edlemmer…</translation>
    </message>
    <message>
        <source>Teamets holdliste, din kode og (koordinator) anmodninger om optagelse</source>
        <translation>Teamets holdliste, din kode og (koordinator) anmodninger om optagelse</translation>
    </message>
    <message>
        <source>&amp;Fremdrift…</source>
        <translation>&amp;Fremdrift…</translation>
    </message>
    <message>
        <source>Fremdrift mod målene, udfald, næste skridt; eksport til Excel</source>
        <translation>Fremdrift mod målene, udfald, næste skridt; eksport til Excel</translation>
    </message>
    <message>
        <source>&amp;Udskriv sammenfatning…</source>
        <translation>&amp;Udskriv sammenfatning…</translation>
    </message>
    <message>
        <source>Udskriv den valgte sags seneste underskrevne sammenfatning</source>
        <translation>Udskriv den valgte sags seneste underskrevne sammenfatning</translation>
    </message>
    <message>
        <source>&amp;Hjælp</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;Møder…</source>
        <translation>&amp;Møder…</translation>
    </message>
    <message>
        <source>Koordinator: planlæg møder i det forum, skabelonen nævner, byg og udskriv mødepakker, registrér forummets indstilling</source>
        <translation>Koordinator: planlæg møder i det forum, skabelonen nævner, byg og udskriv mødepakker, registrér forummets indstilling</translation>
    </message>
    <message>
        <source>&amp;Konflikter…</source>
        <translation>&amp;Konflikter…</translation>
    </message>
    <message>
        <source>Sager med flere underskrevne gennemgange: sammenlign dem og vælg den gældende</source>
        <translation>Sager med flere underskrevne gennemgange: sammenlign dem og vælg den gældende</translation>
    </message>
    <message>
        <source>&amp;Tastaturgenveje</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <source>&amp;Om Udsat Desktop</source>
        <translation>&amp;Om Udsat Desktop</translation>
    </message>
    <message>
        <source>Eksportér til &amp;journalisering…</source>
        <translation>Eksportér til &amp;journalisering…</translation>
    </message>
</context>
<context>
    <name>MappingPanel</name>
    <message>
        <source>Kolonner</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <source>Hvilken kolonne i filen indeholder »%1«?</source>
        <translation>Hvilken kolonne i filen indeholder »%1«?</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>MeetingsController</name>
    <message>
        <source>planlægge møder</source>
        <translation>planlægge møder</translation>
    </message>
</context>
<context>
    <name>MeetingsWindow</name>
    <message>
        <source>Møde</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>Vælg mødet</source>
        <translation>Vælg mødet</translation>
    </message>
    <message>
        <source>&amp;Nyt møde…</source>
        <translation>&amp;Nyt møde…</translation>
    </message>
    <message>
        <source>Planlæg et nyt møde: dato, tid, sted og deltagere</source>
        <translation>Planlæg et nyt møde: dato, tid, sted og deltagere</translation>
    </message>
    <message>
        <source>Mødeoplysninger</source>
        <translation>Mødeoplysninger</translation>
    </message>
    <message>
        <source>Dagsorden</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>Træk sagerne i den rækkefølge, de skal behandles (eller brug Op/Ned)</source>
        <translation>Træk sagerne i den rækkefølge, de skal behandles (eller brug Op/Ned)</translation>
    </message>
    <message>
        <source>Sager, der skal forelægges</source>
        <translation>Sager, der skal forelægges</translation>
    </message>
    <message>
        <source>Sæt den valgte sag på dagsordenen</source>
        <translation>Sæt den valgte sag på dagsordenen</translation>
    </message>
    <message>
        <source>Tag den valgte sag af dagsordenen</source>
        <translation>Tag den valgte sag af dagsordenen</translation>
    </message>
    <message>
        <source>Flyt sagen et punkt op</source>
        <translation>Flyt sagen et punkt op</translation>
    </message>
    <message>
        <source>Flyt sagen et punkt ned</source>
        <translation>Flyt sagen et punkt ned</translation>
    </message>
    <message>
        <source>Dagsorden og underskrevne sammenfatninger i én PDF med sidetal; originalerne vedhæftet</source>
        <translation>Dagsorden og underskrevne sammenfatninger i én PDF med sidetal; originalerne vedhæftet</translation>
    </message>
    <message>
        <source>Udskriv mødepakken med forhåndsvisning</source>
        <translation>Udskriv mødepakken med forhåndsvisning</translation>
    </message>
    <message>
        <source>&amp;Tilføj ←</source>
        <translation>&amp;Tilføj ←</translation>
    </message>
    <message>
        <source>&amp;Fjern</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>&amp;Op</source>
        <translation>&amp;Op</translation>
    </message>
    <message>
        <source>N&amp;ed</source>
        <translation>N&amp;ed</translation>
    </message>
    <message>
        <source>&amp;Registrér indstilling…</source>
        <translation>&amp;Registrér indstilling…</translation>
    </message>
    <message>
        <source>&amp;Byg mødepakke…</source>
        <translation>&amp;Byg mødepakke…</translation>
    </message>
    <message>
        <source>&amp;Udskriv mødepakke…</source>
        <translation>&amp;Udskriv mødepakke…</translation>
    </message>
    <message>
        <source>&amp;Møde:</source>
        <translation>&amp;Møde:</translation>
    </message>
    <message>
        <source>Kan forelægges</source>
        <translation>Kan forelægges</translation>
    </message>
    <message>
        <source>Intet møde endnu. Opret et med »Nyt møde…«.</source>
        <translation>Intet møde endnu. Opret et med »Nyt møde…«.</translation>
    </message>
    <message>
        <source>%1 kl. %2 · %3</source>
        <translation>%1 kl. %2 · %3</translation>
    </message>
    <message>
        <source>Indstilling: %1</source>
        <translation>Indstilling: %1</translation>
    </message>
    <message>
        <source>(ses igen)</source>
        <translation>(ses igen)</translation>
    </message>
    <message>
        <source>Erstattet af version %1</source>
        <translation>Erstattet af version %1</translation>
    </message>
    <message>
        <source>Møder</source>
        <translation>Møder</translation>
    </message>
    <message>
        <source>Møder i %1</source>
        <translation>Møder i %1</translation>
    </message>
    <message>
        <source>Sager, hvis underskrevne gennemgang anbefaler at forelægge dem for %1. Dobbeltklik for at tilføje.</source>
        <translation>Sager, hvis underskrevne gennemgang anbefaler at forelægge dem for %1. Dobbeltklik for at tilføje.</translation>
    </message>
    <message>
        <source>Forummets indstilling, hvad der blev vægtet, og om sagen skal ses igen</source>
        <translation>Forummets indstilling, hvad der blev vægtet, og om sagen skal ses igen</translation>
    </message>
    <message>
        <source>Gem mødepakken i</source>
        <translation>Gem mødepakken i</translation>
    </message>
    <message>
        <source>Mødepakken er gemt: %1 (%2 side). Den er skrevet ukrypteret og indeholder personoplysninger: opbevar den sikkert, og slet den efter mødet.</source>
        <translation>Mødepakken er gemt: %1 (%2 side). Den er skrevet ukrypteret og indeholder personoplysninger: opbevar den sikkert, og slet den efter mødet.</translation>
    </message>
    <message>
        <source>Mødepakken er gemt: %1 (%2 sider). Den er skrevet ukrypteret og indeholder personoplysninger: opbevar den sikkert, og slet den efter mødet.</source>
        <translation>Mødepakken er gemt: %1 (%2 sider). Den er skrevet ukrypteret og indeholder personoplysninger: opbevar den sikkert, og slet den efter mødet.</translation>
    </message>
    <message>
        <source>Lagt på fællesmappen: %1</source>
        <translation>Lagt på fællesmappen: %1</translation>
    </message>
    <message>
        <source>Ikke lagt på fællesmappen: %1</source>
        <translation>Ikke lagt på fællesmappen: %1</translation>
    </message>
    <message>
        <source>Mødepakke</source>
        <translation>Mødepakke</translation>
    </message>
    <message>
        <source>Udskriv</source>
        <translation>Udskriv</translation>
    </message>
    <message>
        <source>Der er ikke bygget en mødepakke til mødet %1 på denne computer, eller den er flyttet. Byg den med »Byg mødepakke…«, eller vælg filen, hvis du har den.</source>
        <translation>Der er ikke bygget en mødepakke til mødet %1 på denne computer, eller den er flyttet. Byg den med »Byg mødepakke…«, eller vælg filen, hvis du har den.</translation>
    </message>
    <message>
        <source>Vælg mødepakken</source>
        <translation>Vælg mødepakken</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>Mødedato</source>
        <translation>Mødedato</translation>
    </message>
    <message>
        <source>Mødedato, fx %1</source>
        <translation>Mødedato, fx %1</translation>
    </message>
    <message>
        <source>Starttid</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Tid pr. sag</source>
        <translation>Tid pr. sag</translation>
    </message>
    <message>
        <source>Jobcenter København, Gammel Køge Landevej</source>
        <translation>Jobcenter København, Gammel Køge Landevej</translation>
    </message>
    <message>
        <source>Sted</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>&amp;Dato:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Starttid:</source>
        <translation>&amp;Starttid:</translation>
    </message>
    <message>
        <source>&amp;Tid pr. sag:</source>
        <translation>&amp;Tid pr. sag:</translation>
    </message>
    <message>
        <source>St&amp;ed:</source>
        <translation>St&amp;ed:</translation>
    </message>
    <message>
        <source>Deltagere</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Navn på deltageren (%1)</source>
        <translation>Navn på deltageren (%1)</translation>
    </message>
    <message>
        <source>Skriv mødets dato.</source>
        <translation>Skriv mødets dato.</translation>
    </message>
    <message>
        <source>Nyt møde</source>
        <translation>Nyt møde</translation>
    </message>
    <message>
        <source>Nyt møde i %1</source>
        <translation>Nyt møde i %1</translation>
    </message>
    <message>
        <source>Mødedatoen %1 er overskredet. Opret mødet alligevel?</source>
        <translation>Mødedatoen %1 er overskredet. Opret mødet alligevel?</translation>
    </message>
</context>
<context>
    <name>NextStepsPage</name>
    <message>
        <source>Sagens næste skridt; vælg et for at markere det udført eller annullere det</source>
        <translation>Sagens næste skridt; vælg et for at markere det udført eller annullere det</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bemærkning</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>Næste skridt</source>
        <translation>Næste skridt</translation>
    </message>
    <message>
        <source>Markér u&amp;dført</source>
        <translation>Markér u&amp;dført</translation>
    </message>
    <message>
        <source>Markér det valgte næste skridt som udført</source>
        <translation>Markér det valgte næste skridt som udført</translation>
    </message>
    <message>
        <source>&amp;Annullér skridt</source>
        <translation>&amp;Annullér skridt</translation>
    </message>
    <message>
        <source>Annullér det valgte næste skridt</source>
        <translation>Annullér det valgte næste skridt</translation>
    </message>
    <message>
        <source>R&amp;et skridt</source>
        <translation>R&amp;et skridt</translation>
    </message>
    <message>
        <source>Ret type, ansvarlig, person, frist eller bemærkning for det valgte skridt</source>
        <translation>Ret type, ansvarlig, person, frist eller bemærkning for det valgte skridt</translation>
    </message>
    <message>
        <source>Ansvarlig organisation</source>
        <translation>Ansvarlig organisation</translation>
    </message>
    <message>
        <source>Ansvarlig person</source>
        <translation>Ansvarlig person</translation>
    </message>
    <message>
        <source>Nyt skridt: %1</source>
        <translation>Nyt skridt: %1</translation>
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
        <translation>Fr&amp;ist</translation>
    </message>
    <message>
        <source>Tilføj næste &amp;skridt</source>
        <translation>Tilføj næste &amp;skridt</translation>
    </message>
    <message>
        <source>Annullér skridt</source>
        <translation>Annullér skridt</translation>
    </message>
    <message>
        <source>Annullér skridtet »%1«? Det står derefter som annulleret og kan ikke genåbnes.</source>
        <translation>Annullér skridtet »%1«? Det står derefter som annulleret og kan ikke genåbnes.</translation>
    </message>
    <message>
        <source>&amp;Bemærkning</source>
        <translation>&amp;Bemærkning</translation>
    </message>
    <message>
        <source>Opret skridtet med type, ansvarlig, person og frist</source>
        <translation>Opret skridtet med type, ansvarlig, person og frist</translation>
    </message>
    <message>
        <source>Fortr&amp;yd rettelse</source>
        <translation>Fortr&amp;yd rettelse</translation>
    </message>
    <message>
        <source>Ret ikke skridtet alligevel</source>
        <translation>Ret ikke skridtet alligevel</translation>
    </message>
    <message>
        <source>%1 (overskredet)</source>
        <translation>%1 (overskredet)</translation>
    </message>
    <message>
        <source>Fristen %1 er allerede overskredet. Brug den alligevel?</source>
        <translation>Fristen %1 er allerede overskredet. Brug den alligevel?</translation>
    </message>
    <message>
        <source>&amp;Gem rettelse</source>
        <translation>&amp;Gem rettelse</translation>
    </message>
    <message>
        <source>Gem ændringerne i det valgte skridt (ændringen logges)</source>
        <translation>Gem ændringerne i det valgte skridt (ændringen logges)</translation>
    </message>
    <message>
        <source>Vælg et skridt i tabellen først.</source>
        <translation>Vælg et skridt i tabellen først.</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Indstilling</source>
        <translation>Indstilling</translation>
    </message>
    <message>
        <source>Indstilling fra %1 – sag %2</source>
        <translation>Indstilling fra %1 – sag %2</translation>
    </message>
    <message>
        <source>Indstilling – sag %1</source>
        <translation>Indstilling – sag %1</translation>
    </message>
    <message>
        <source>Kun de indstillinger, skabelonen tillader på mødets dag</source>
        <translation>Kun de indstillinger, skabelonen tillader på mødets dag</translation>
    </message>
    <message>
        <source>Hvilken anden indsats / bemærkning</source>
        <translation>Hvilken anden indsats / bemærkning</translation>
    </message>
    <message>
        <source>&amp;Indstilling:</source>
        <translation>&amp;Indstilling:</translation>
    </message>
    <message>
        <source>&amp;Bemærkning:</source>
        <translation>&amp;Bemærkning:</translation>
    </message>
    <message>
        <source>Vægtet: %1</source>
        <translation>Vægtet: %1</translation>
    </message>
    <message>
        <source>Hvad der blev lagt vægt på (%1)</source>
        <translation>Hvad der blev lagt vægt på (%1)</translation>
    </message>
    <message>
        <source>Sagen skal &amp;ses igen på et senere møde</source>
        <translation>Sagen skal &amp;ses igen på et senere møde</translation>
    </message>
    <message>
        <source>Vægtet (%1):</source>
        <translation>Vægtet (%1):</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Glemt adgangskoden? Den kan ikke nulstilles, og sagerne på denne computer kan ikke åbnes uden den – heller ikke af IT. Kontakt teamets koordinator eller kommunens IT-support: du får en ny profil, og dine sager tildeles dig igen fra fællesmappen.</source>
        <translation>Glemt adgangskoden? Den kan ikke nulstilles, og sagerne på denne computer kan ikke åbnes uden den – heller ikke af IT. Kontakt teamets koordinator eller kommunens IT-support: du får en ny profil, og dine sager tildeles dig igen fra fællesmappen.</translation>
    </message>
    <message>
        <source>Glemt adgangskoden til signeringsnøglen? Den kan ikke nulstilles, og nøglen kan ikke bruges uden den. Kontakt teamets koordinator: du laver en ny nøgle, som koordinatoren godkender på teamets holdliste.</source>
        <translation>Glemt adgangskoden til signeringsnøglen? Den kan ikke nulstilles, og nøglen kan ikke bruges uden den. Kontakt teamets koordinator: du laver en ny nøgle, som koordinatoren godkender på teamets holdliste.</translation>
    </message>
    <message>
        <source>Caps Lock er slået til.</source>
        <translation>Caps Lock er slået til.</translation>
    </message>
    <message>
        <source>Caps Lock</source>
        <translation>Caps Lock</translation>
    </message>
    <message>
        <source>%1 (forkert forsøg nr. %2).</source>
        <translation>%1 (forkert forsøg nr. %2).</translation>
    </message>
    <message>
        <source>Du kan prøve igen om %1 sekunder.</source>
        <translation>Du kan prøve igen om %1 sekunder.</translation>
    </message>
    <message>
        <source>Prøv igen.</source>
        <translation>Prøv igen.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>PDF&apos;en kan ikke åbnes til udskrift (%1)</source>
        <translation>PDF&apos;en kan ikke åbnes til udskrift (%1)</translation>
    </message>
    <message>
        <source>Printeren kan ikke startes</source>
        <translation>Printeren kan ikke startes</translation>
    </message>
    <message>
        <source>Udskriv – %1</source>
        <translation>Udskriv – %1</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>Kig &amp;i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fil&amp;typer:</translation>
    </message>
</context>
<context>
    <name>QueueController</name>
    <message>
        <source>%1 sag</source>
        <translation>%1 sag</translation>
    </message>
    <message>
        <source>%1 sager</source>
        <translation>%1 sager</translation>
    </message>
    <message>
        <source>Viser %1 af %2 sag</source>
        <translation>Viser %1 af %2 sag</translation>
    </message>
    <message>
        <source>Viser %1 af %2 sager</source>
        <translation>Viser %1 af %2 sager</translation>
    </message>
</context>
<context>
    <name>QueueFilters</name>
    <message>
        <source>Søg navn, sagsnøgle eller CPR-nr. (Ctrl+F)</source>
        <translation>Søg navn, sagsnøgle eller CPR-nr. (Ctrl+F)</translation>
    </message>
    <message>
        <source>Søg i sager</source>
        <translation>Søg i sager</translation>
    </message>
    <message>
        <source>Søg efter navn, sagsnøgle eller CPR-nummer</source>
        <translation>Søg efter navn, sagsnøgle eller CPR-nummer</translation>
    </message>
    <message>
        <source>Alle statusser</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <source>Alle gennemgåere</source>
        <translation>Alle gennemgåere</translation>
    </message>
    <message>
        <source>Ikke tildelt</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <source>Alle enheder</source>
        <translation>Alle enheder</translation>
    </message>
    <message>
        <source>Alle prioriteter</source>
        <translation>Alle prioriteter</translation>
    </message>
    <message>
        <source>Filtrér på status</source>
        <translation>Filtrér på status</translation>
    </message>
    <message>
        <source>Filtrér på gennemgåer</source>
        <translation>Filtrér på gennemgåer</translation>
    </message>
    <message>
        <source>Filtrér på enhed</source>
        <translation>Filtrér på enhed</translation>
    </message>
    <message>
        <source>Filtrér på prioritet</source>
        <translation>Filtrér på prioritet</translation>
    </message>
    <message>
        <source>Kun sager markeret: %1</source>
        <translation>Kun sager markeret: %1</translation>
    </message>
    <message>
        <source>Vis kun sager markeret »%1«</source>
        <translation>Vis kun sager markeret »%1«</translation>
    </message>
    <message>
        <source>Kun:</source>
        <translation>Kun:</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Sagskø</source>
        <translation>Sagskø</translation>
    </message>
    <message>
        <source>Sagskøen. Pil op/ned vælger, Enter åbner sagen.</source>
        <translation>Sagskøen. Pil op/ned vælger, Enter åbner sagen.</translation>
    </message>
    <message>
        <source>Antal viste sager</source>
        <translation>Antal viste sager</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Sager taget af andre</source>
        <translation>Sager taget af andre</translation>
    </message>
    <message>
        <source>Mens du var offline, har en anden taget disse sager, som du er gået i gang med: %1. Åbn sagen for at se hvem; du kan fortsætte som en ekstra gennemgang.</source>
        <translation>Mens du var offline, har en anden taget disse sager, som du er gået i gang med: %1. Åbn sagen for at se hvem; du kan fortsætte som en ekstra gennemgang.</translation>
    </message>
    <message>
        <source>Afbrudt gennemgang</source>
        <translation>Afbrudt gennemgang</translation>
    </message>
    <message>
        <source>Gennemgangen af sag %1 blev ikke lukket. Vil du fortsætte, hvor du slap?</source>
        <translation>Gennemgangen af sag %1 blev ikke lukket. Vil du fortsætte, hvor du slap?</translation>
    </message>
    <message>
        <source>%1 næste skridt er overskredet</source>
        <comment>ental</comment>
        <translation>%1 næste skridt er overskredet</translation>
    </message>
    <message>
        <source>%1 næste skridt er overskredet</source>
        <comment>flertal</comment>
        <translation>%1 næste skridt er overskredet</translation>
    </message>
    <message>
        <source>%1 – se Vis → Opfølgning (Ctrl+Shift+O)</source>
        <translation>%1 – se Vis → Opfølgning (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Opfølgning</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Vis opfølgning</source>
        <translation>Vis opfølgning</translation>
    </message>
</context>
<context>
    <name>ReviewOpener</name>
    <message>
        <source>Underskrevet</source>
        <translation>Underskrevet</translation>
    </message>
    <message>
        <source>Sammenfatningen er underskrevet: %1.

Programmet gemmer den underskrevne PDF krypteret og lægger den på fællesmappen ved næste synkronisering; du skal ikke gemme den et andet sted. Åbn den igen med knappen »Åbn underskrevet PDF« ved sagen i hovedvinduet.</source>
        <translation>Sammenfatningen er underskrevet: %1.

Programmet gemmer den underskrevne PDF krypteret og lægger den på fællesmappen ved næste synkronisering; du skal ikke gemme den et andet sted. Åbn den igen med knappen »Åbn underskrevet PDF« ved sagen i hovedvinduet.</translation>
    </message>
    <message>
        <source>Underskriv</source>
        <translation>Underskriv</translation>
    </message>
    <message>
        <source>en anden</source>
        <translation>en anden</translation>
    </message>
    <message>
        <source>Sag %1 er tildelt %2.

Vil du fortsætte som en ekstra, selvstændig gennemgang? Begge gennemgange bliver vist for koordinatoren.</source>
        <translation>Sag %1 er tildelt %2.

Vil du fortsætte som en ekstra, selvstændig gennemgang? Begge gennemgange bliver vist for koordinatoren.</translation>
    </message>
    <message>
        <source>Sag %1 gennemgås allerede af %2 (siden %3).

Vil du fortsætte som en ekstra, selvstændig gennemgang? Begge gennemgange bliver vist for koordinatoren.</source>
        <translation>Sag %1 gennemgås allerede af %2 (siden %3).

Vil du fortsætte som en ekstra, selvstændig gennemgang? Begge gennemgange bliver vist for koordinatoren.</translation>
    </message>
    <message>
        <source>Sagen er allerede taget</source>
        <translation>Sagen er allerede taget</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Sag og skabelon</source>
        <translation>Sag og skabelon</translation>
    </message>
    <message>
        <source>Gennemgangens status</source>
        <translation>Gennemgangens status</translation>
    </message>
    <message>
        <source>Medgennemgåer</source>
        <translation>Medgennemgåer</translation>
    </message>
    <message>
        <source>Gennemgåer fra den anden forvaltning (tværfaglighed)</source>
        <translation>Gennemgåer fra den anden forvaltning (tværfaglighed)</translation>
    </message>
    <message>
        <source>Afsnit</source>
        <translation>Afsnit</translation>
    </message>
    <message>
        <source>Afsnit (Ctrl+PgDown/PgUp skifter)</source>
        <translation>Afsnit (Ctrl+PgDown/PgUp skifter)</translation>
    </message>
    <message>
        <source>◀ &amp;Forrige</source>
        <translation>◀ &amp;Forrige</translation>
    </message>
    <message>
        <source>&amp;Næste ▶</source>
        <translation>&amp;Næste ▶</translation>
    </message>
    <message>
        <source>Markér &amp;klar til underskrift</source>
        <translation>Markér &amp;klar til underskrift</translation>
    </message>
    <message>
        <source>Opret &amp;rettelse (ny version)</source>
        <translation>Opret &amp;rettelse (ny version)</translation>
    </message>
    <message>
        <source>&amp;Underskriv…</source>
        <translation>&amp;Underskriv…</translation>
    </message>
    <message>
        <source>Underskriv sammenfatningen digitalt (PAdES)</source>
        <translation>Underskriv sammenfatningen digitalt (PAdES)</translation>
    </message>
    <message>
        <source>Gemt</source>
        <translation>Gemt</translation>
    </message>
    <message>
        <source>Mangler før underskrift</source>
        <translation>Mangler før underskrift</translation>
    </message>
    <message>
        <source>Vælg en linje (klik eller Enter) for at gå til feltet</source>
        <translation>Vælg en linje (klik eller Enter) for at gå til feltet</translation>
    </message>
    <message>
        <source>Skabelonen er rettet</source>
        <translation>Skabelonen er rettet</translation>
    </message>
    <message>
        <source>Skabelonen er et udkast</source>
        <translation>Skabelonen er et udkast</translation>
    </message>
    <message>
        <source>&amp;Flyt svarene til den nye skabelon</source>
        <translation>&amp;Flyt svarene til den nye skabelon</translation>
    </message>
    <message>
        <source>Flyt svarene til den skabelon, der gælder i dag</source>
        <translation>Flyt svarene til den skabelon, der gælder i dag</translation>
    </message>
    <message>
        <source>Forrige afsnit (Ctrl+PgUp)</source>
        <translation>Forrige afsnit (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Næste afsnit (Ctrl+PgDown)</source>
        <translation>Næste afsnit (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Tjek og markér klar til underskrift</source>
        <translation>Tjek og markér klar til underskrift</translation>
    </message>
    <message>
        <source>Ret en underskrevet gennemgang</source>
        <translation>Ret en underskrevet gennemgang</translation>
    </message>
    <message>
        <source>Medgennemgåer:</source>
        <translation>Medgennemgåer:</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Afsnit: %1</source>
        <translation>Afsnit: %1</translation>
    </message>
    <message>
        <source>Næste afsnit</source>
        <translation>Næste afsnit</translation>
    </message>
    <message>
        <source>Forrige afsnit</source>
        <translation>Forrige afsnit</translation>
    </message>
    <message>
        <source>Gem nu</source>
        <translation>Gem nu</translation>
    </message>
    <message>
        <source>Større tekst i formularen</source>
        <translation>Større tekst i formularen</translation>
    </message>
    <message>
        <source>Mindre tekst i formularen</source>
        <translation>Mindre tekst i formularen</translation>
    </message>
    <message>
        <source>Normal tekststørrelse</source>
        <translation>Normal tekststørrelse</translation>
    </message>
    <message>
        <source>Gennemgang %1 – Udsat Desktop</source>
        <translation>Gennemgang %1 – Udsat Desktop</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 v%4 · version %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 v%4 · version %5</translation>
    </message>
    <message>
        <source>retter version %1</source>
        <translation>retter version %1</translation>
    </message>
    <message>
        <source>— ingen —</source>
        <translation>— ingen —</translation>
    </message>
    <message>
        <source>Gennemgangen er startet på skabelon %1 version %2. Fra %3 gælder version %4 (lovændring). Underskriver du nu, sker det efter den gamle version.</source>
        <translation>Gennemgangen er startet på skabelon %1 version %2. Fra %3 gælder version %4 (lovændring). Underskriver du nu, sker det efter den gamle version.</translation>
    </message>
    <message>
        <source>Udkast: %1</source>
        <translation>Udkast: %1</translation>
    </message>
    <message>
        <source>Kun visning: sagen gennemgås af en anden.</source>
        <translation>Kun visning: sagen gennemgås af en anden.</translation>
    </message>
    <message>
        <source>%1 af %2 påkrævet felt udfyldt</source>
        <translation>%1 af %2 påkrævet felt udfyldt</translation>
    </message>
    <message>
        <source>%1 af %2 påkrævede felter udfyldt</source>
        <translation>%1 af %2 påkrævede felter udfyldt</translation>
    </message>
    <message>
        <source>Ikke gemt – prøver igen</source>
        <translation>Ikke gemt – prøver igen</translation>
    </message>
    <message>
        <source>Gemt %1</source>
        <translation>Gemt %1</translation>
    </message>
    <message>
        <source>Underskrevet – skrivebeskyttet. En rettelse bliver en ny version, der henviser til denne.</source>
        <translation>Underskrevet – skrivebeskyttet. En rettelse bliver en ny version, der henviser til denne.</translation>
    </message>
    <message>
        <source>Kan ikke markeres klar. Vælg en linje for at gå dertil:</source>
        <translation>Kan ikke markeres klar. Vælg en linje for at gå dertil:</translation>
    </message>
    <message>
        <source>%1 › %2: %3</source>
        <translation>%1 › %2: %3</translation>
    </message>
    <message>
        <source>Svarene er flyttet til version %1.</source>
        <translation>Svarene er flyttet til version %1.</translation>
    </message>
    <message>
        <source>Udfyld disse igen: %1</source>
        <translation>Udfyld disse igen: %1</translation>
    </message>
    <message>
        <source>Ny skabelon</source>
        <translation>Ny skabelon</translation>
    </message>
    <message>
        <source>Rettelse</source>
        <translation>Rettelse</translation>
    </message>
    <message>
        <source>Version %1 er oprettet og åbnes nu. Den henviser til den underskrevne version.</source>
        <translation>Version %1 er oprettet og åbnes nu. Den henviser til den underskrevne version.</translation>
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
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Fællesmappe</source>
        <translation>Fællesmappe</translation>
    </message>
    <message>
        <source>Netværksdrevet, hvor teamets filer mødes, fx S:\Taskforce eller /mnt/taskforce</source>
        <translation>Netværksdrevet, hvor teamets filer mødes, fx S:\Taskforce eller /mnt/taskforce</translation>
    </message>
    <message>
        <source>fx S:\Taskforce eller /mnt/taskforce</source>
        <translation>fx S:\Taskforce eller /mnt/taskforce</translation>
    </message>
    <message>
        <source>&amp;Gennemse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <source>Vælg fællesmappen</source>
        <translation>Vælg fællesmappen</translation>
    </message>
    <message>
        <source>&amp;Kontrollér</source>
        <translation>&amp;Kontrollér</translation>
    </message>
    <message>
        <source>Kontrollér, at mappen kan nås og skrives i</source>
        <translation>Kontrollér, at mappen kan nås og skrives i</translation>
    </message>
    <message>
        <source>Fællesmappens tilstand</source>
        <translation>Fællesmappens tilstand</translation>
    </message>
    <message>
        <source>Tidsstemplingsserver</source>
        <translation>Tidsstemplingsserver</translation>
    </message>
    <message>
        <source>RFC 3161-server til tidsstempler (PAdES B-T). Tom: underskrifter uden tidsstempel (B-B).</source>
        <translation>RFC 3161-server til tidsstempler (PAdES B-T). Tom: underskrifter uden tidsstempel (B-B).</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>aldrig</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>Lås efter inaktivitet</source>
        <translation>Lås efter inaktivitet</translation>
    </message>
    <message>
        <source>Vinduet skjuler sagerne og beder om adgangskoden efter så mange minutter uden brug</source>
        <translation>Vinduet skjuler sagerne og beder om adgangskoden efter så mange minutter uden brug</translation>
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
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Sproget i programmet (gælder fra næste start)</source>
        <translation>Sproget i programmet (gælder fra næste start)</translation>
    </message>
    <message>
        <source>&amp;Husk adgangskoden på denne computer (kun en betroet computer)</source>
        <translation>&amp;Husk adgangskoden på denne computer (kun en betroet computer)</translation>
    </message>
    <message>
        <source>Husk adgangskoden</source>
        <translation>Husk adgangskoden</translation>
    </message>
    <message>
        <source>Adgangskoden gemmes i styresystemets nøglering (fx Windows&apos; legitimationsoplysninger), aldrig i en fil. Slået fra som standard.</source>
        <translation>Adgangskoden gemmes i styresystemets nøglering (fx Windows&apos; legitimationsoplysninger), aldrig i en fil. Slået fra som standard.</translation>
    </message>
    <message>
        <source>Styresystemet har ingen nøglering, programmet kan bruge</source>
        <translation>Styresystemet har ingen nøglering, programmet kan bruge</translation>
    </message>
    <message>
        <source>&amp;Fællesmappe:</source>
        <translation>&amp;Fællesmappe:</translation>
    </message>
    <message>
        <source>&amp;Tidsstempler:</source>
        <translation>&amp;Tidsstempler:</translation>
    </message>
    <message>
        <source>&amp;Lås efter:</source>
        <translation>&amp;Lås efter:</translation>
    </message>
    <message>
        <source>&amp;Sprog:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>Om sprogskiftet</source>
        <translation>Om sprogskiftet</translation>
    </message>
    <message>
        <source>Sproget skiftes, når programmet startes igen.</source>
        <translation>Sproget skiftes, når programmet startes igen.</translation>
    </message>
    <message>
        <source>Signeringsnøgle</source>
        <translation>Signeringsnøgle</translation>
    </message>
    <message>
        <source>&amp;Importér nøgle fra organisationen (.p12)…</source>
        <translation>&amp;Importér nøgle fra organisationen (.p12)…</translation>
    </message>
    <message>
        <source>Brug en PKCS#12-fil udstedt af kommunen i stedet for den nøgle, programmet selv har lavet</source>
        <translation>Brug en PKCS#12-fil udstedt af kommunen i stedet for den nøgle, programmet selv har lavet</translation>
    </message>
    <message>
        <source>Vælg fællesmappe</source>
        <translation>Vælg fællesmappe</translation>
    </message>
    <message>
        <source>Ingen fællesmappe: programmet arbejder kun lokalt.</source>
        <translation>Ingen fællesmappe: programmet arbejder kun lokalt.</translation>
    </message>
    <message>
        <source>✓ Fællesmappen kan nås og skrives i.</source>
        <translation>✓ Fællesmappen kan nås og skrives i.</translation>
    </message>
    <message>
        <source>Kontrollerer fællesmappen…</source>
        <translation>Kontrollerer fællesmappen…</translation>
    </message>
    <message>
        <source>Du har en signeringsnøgle i datamappen.</source>
        <translation>Du har en signeringsnøgle i datamappen.</translation>
    </message>
    <message>
        <source>Ingen nøgle endnu: den laves, første gang du underskriver, eller importeres her.</source>
        <translation>Ingen nøgle endnu: den laves, første gang du underskriver, eller importeres her.</translation>
    </message>
    <message>
        <source>Vælg nøglefil</source>
        <translation>Vælg nøglefil</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Erstat nøgle</source>
        <translation>Erstat nøgle</translation>
    </message>
    <message>
        <source>Du har allerede en signeringsnøgle. Vil du bruge den importerede i stedet? Den gamle gemmes som backup, og underskrifter lavet med den kan stadig kontrolleres.</source>
        <translation>Du har allerede en signeringsnøgle. Vil du bruge den importerede i stedet? Den gamle gemmes som backup, og underskrifter lavet med den kan stadig kontrolleres.</translation>
    </message>
    <message>
        <source>Importér nøgle</source>
        <translation>Importér nøgle</translation>
    </message>
    <message>
        <source>Adgangskode til nøglefilen:</source>
        <translation>Adgangskode til nøglefilen:</translation>
    </message>
    <message>
        <source>Importeret: %1</source>
        <translation>Importeret: %1</translation>
    </message>
    <message>
        <source>Tidsstemplingsserverens adresse skal begynde med http:// eller https://</source>
        <translation>Tidsstemplingsserverens adresse skal begynde med http:// eller https://</translation>
    </message>
    <message>
        <source>Fællesmappen kan ikke bruges lige nu. Gem alligevel? Programmet prøver igen ved næste synkronisering.</source>
        <translation>Fællesmappen kan ikke bruges lige nu. Gem alligevel? Programmet prøver igen ved næste synkronisering.</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>Ny signeringsnøgle</source>
        <translation>Ny signeringsnøgle</translation>
    </message>
    <message>
        <source>Du har ingen signeringsnøgle endnu. Vælg en adgangskode til den nye nøgle (mindst %1 tegn, ikke den samme som databasens).</source>
        <translation>Du har ingen signeringsnøgle endnu. Vælg en adgangskode til den nye nøgle (mindst %1 tegn, ikke den samme som databasens).</translation>
    </message>
    <message>
        <source>Adgangskode til nøglen</source>
        <translation>Adgangskode til nøglen</translation>
    </message>
    <message>
        <source>Gentag adgangskoden</source>
        <translation>Gentag adgangskoden</translation>
    </message>
    <message>
        <source>&amp;Adgangskode:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <source>&amp;Gentag:</source>
        <translation>&amp;Gentag:</translation>
    </message>
    <message>
        <source>Prøv igen.</source>
        <translation>Prøv igen.</translation>
    </message>
    <message>
        <source>De to adgangskoder er ikke ens. Prøv igen.</source>
        <translation>De to adgangskoder er ikke ens. Prøv igen.</translation>
    </message>
    <message>
        <source>Underskriv</source>
        <translation>Underskriv</translation>
    </message>
    <message>
        <source>Forkert adgangskode til signeringsnøglen</source>
        <translation>Forkert adgangskode til signeringsnøglen</translation>
    </message>
    <message>
        <source>&amp;Adgangskode til din signeringsnøgle:</source>
        <translation>&amp;Adgangskode til din signeringsnøgle:</translation>
    </message>
    <message>
        <source>Vil du bruge den alligevel?</source>
        <translation>Vil du bruge den alligevel?</translation>
    </message>
    <message>
        <source>Underskriver gennemgange…</source>
        <translation>Underskriver gennemgange…</translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>%1 gennemgang er underskrevet og lagt i udbakken.</source>
        <translation>%1 gennemgang er underskrevet og lagt i udbakken.</translation>
    </message>
    <message>
        <source>%1 gennemgange er underskrevet og lagt i udbakken.</source>
        <translation>%1 gennemgange er underskrevet og lagt i udbakken.</translation>
    </message>
    <message>
        <source>• Sag %1: overdraget til %2 af %3 den %4</source>
        <translation>• Sag %1: overdraget til %2 af %3 den %4</translation>
    </message>
    <message>
        <source>Sagen er overdraget</source>
        <translation>Sagen er overdraget</translation>
    </message>
    <message>
        <source>Koordinatoren har overdraget sagen til en anden:
%1

Din kladde er gemt. Underskriver du alligevel, får sagen to underskrevne gennemgange, og koordinatoren vælger den gældende. Vil du underskrive alligevel?</source>
        <translation>Koordinatoren har overdraget sagen til en anden:
%1

Din kladde er gemt. Underskriver du alligevel, får sagen to underskrevne gennemgange, og koordinatoren vælger den gældende. Vil du underskrive alligevel?</translation>
    </message>
</context>
<context>
    <name>SigningController</name>
    <message>
        <source>Åbn underskrevet PDF</source>
        <translation>Åbn underskrevet PDF</translation>
    </message>
    <message>
        <source>Sagen har ingen underskreven sammenfatning, der kan findes her.</source>
        <translation>Sagen har ingen underskreven sammenfatning, der kan findes her.</translation>
    </message>
    <message>
        <source>Udskriv</source>
        <translation>Udskriv</translation>
    </message>
    <message>
        <source>Sag %1 har ingen underskreven sammenfatning.</source>
        <translation>Sag %1 har ingen underskreven sammenfatning.</translation>
    </message>
    <message>
        <source>Henter sammenfatningen…</source>
        <translation>Henter sammenfatningen…</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>Ingen database at åbne: brug --demo eller opret en profil først</source>
        <translation>Ingen database at åbne: brug --demo eller opret en profil først</translation>
    </message>
    <message>
        <source>Ikke tilladt</source>
        <translation>Ikke tilladt</translation>
    </message>
    <message>
        <source>Opretter demodatabase med syntetiske sager…</source>
        <translation>Opretter demodatabase med syntetiske sager…</translation>
    </message>
    <message>
        <source>Udsat Desktop</source>
        <translation>Udsat Desktop</translation>
    </message>
    <message>
        <source>Der opstod en uventet fejl. Dit arbejde er gemt løbende.

Detaljer er skrevet til %1.</source>
        <translation>Der opstod en uventet fejl. Dit arbejde er gemt løbende.

Detaljer er skrevet til %1.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Synkroniserer…</source>
        <translation>Synkroniserer…</translation>
    </message>
    <message>
        <source>fællesmappen svarer stadig ikke (netværksdrevet hænger); der synkroniseres igen, når den svarer</source>
        <translation>fællesmappen svarer stadig ikke (netværksdrevet hænger); der synkroniseres igen, når den svarer</translation>
    </message>
    <message>
        <source>Ingen fællesmappe valgt</source>
        <translation>Ingen fællesmappe valgt</translation>
    </message>
    <message>
        <source>%1 venter på synkronisering</source>
        <translation>%1 venter på synkronisering</translation>
    </message>
    <message>
        <source>sidst synkroniseret kl. %1</source>
        <translation>sidst synkroniseret kl. %1</translation>
    </message>
    <message>
        <source>fællesmappen kan ikke nås – prøver igen om lidt</source>
        <translation>fællesmappen kan ikke nås – prøver igen om lidt</translation>
    </message>
    <message>
        <source>koordinatoren har fjernet dig fra teamets holdliste: teamet læser ikke dine nye gennemgange – tal med koordinatoren</source>
        <translation>koordinatoren har fjernet dig fra teamets holdliste: teamet læser ikke dine nye gennemgange – tal med koordinatoren</translation>
    </message>
    <message>
        <source>%1 fil kunne ikke synkroniseres (se synkroniseringsloggen)</source>
        <translation>%1 fil kunne ikke synkroniseres (se synkroniseringsloggen)</translation>
    </message>
    <message>
        <source>%1 filer kunne ikke synkroniseres (se synkroniseringsloggen)</source>
        <translation>%1 filer kunne ikke synkroniseres (se synkroniseringsloggen)</translation>
    </message>
    <message>
        <source>en anden holder nu sagen: %1 (åbn den for at se hvem)</source>
        <translation>en anden holder nu sagen: %1 (åbn den for at se hvem)</translation>
    </message>
    <message>
        <source>kan ikke reserveres på fællesmappen (ugyldige filer optager alle pladser; bed koordinatoren rydde op): %1</source>
        <translation>kan ikke reserveres på fællesmappen (ugyldige filer optager alle pladser; bed koordinatoren rydde op): %1</translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <source>Fil</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Mål på fællesmappen</source>
        <translation>Mål på fællesmappen</translation>
    </message>
    <message>
        <source>Tilstand</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Forsøg</source>
        <translation>Forsøg</translation>
    </message>
    <message>
        <source>Sidste forsøg</source>
        <translation>Sidste forsøg</translation>
    </message>
    <message>
        <source>Besked</source>
        <translation>Besked</translation>
    </message>
    <message>
        <source>Synkroniseringslog</source>
        <translation>Synkroniseringslog</translation>
    </message>
    <message>
        <source>Hver fil i udbakken og dens tilstand på fællesmappen</source>
        <translation>Hver fil i udbakken og dens tilstand på fællesmappen</translation>
    </message>
    <message>
        <source>Oversigt</source>
        <translation>Oversigt</translation>
    </message>
    <message>
        <source>venter</source>
        <translation>venter</translation>
    </message>
    <message>
        <source>%1 fil i loggen</source>
        <translation>%1 fil i loggen</translation>
    </message>
    <message>
        <source>%1 filer i loggen</source>
        <translation>%1 filer i loggen</translation>
    </message>
    <message>
        <source>%1 venter</source>
        <translation>%1 venter</translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message>
        <source>Synkronisér</source>
        <translation>Synkronisér</translation>
    </message>
    <message>
        <source>Vælg først en fællesmappe under Filer → Indstillinger.</source>
        <translation>Vælg først en fællesmappe under Filer → Indstillinger.</translation>
    </message>
    <message>
        <source>• Sag %1: til %2 af %3 den %4</source>
        <translation>• Sag %1: til %2 af %3 den %4</translation>
    </message>
    <message>
        <source>Sager overdraget til en anden</source>
        <translation>Sager overdraget til en anden</translation>
    </message>
    <message>
        <source>Koordinatoren har overdraget disse sager fra dig til en anden:
%1

Dine kladder er gemt. Underskriv dem kun efter aftale med koordinatoren.</source>
        <translation>Koordinatoren har overdraget disse sager fra dig til en anden:
%1

Dine kladder er gemt. Underskriv dem kun efter aftale med koordinatoren.</translation>
    </message>
    <message>
        <source>tildele sager</source>
        <translation>tildele sager</translation>
    </message>
    <message>
        <source>Tildel sager</source>
        <translation>Tildel sager</translation>
    </message>
    <message>
        <source>Vælg først de sager, der skal tildeles.</source>
        <translation>Vælg først de sager, der skal tildeles.</translation>
    </message>
    <message>
        <source>Ingen medarbejdere er godkendt på teamets holdliste endnu (Team → Medlemmer…), så der er ingen at tildele til.</source>
        <translation>Ingen medarbejdere er godkendt på teamets holdliste endnu (Team → Medlemmer…), så der er ingen at tildele til.</translation>
    </message>
    <message>
        <source>%1 sager tildelt</source>
        <translation>%1 sager tildelt</translation>
    </message>
    <message>
        <source>%1 sag tildelt</source>
        <translation>%1 sag tildelt</translation>
    </message>
    <message>
        <source>indlæse teamets gennemgange</source>
        <translation>indlæse teamets gennemgange</translation>
    </message>
    <message>
        <source>Indlæs teamets gennemgange</source>
        <translation>Indlæs teamets gennemgange</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>ny</source>
        <translation>ny</translation>
    </message>
    <message>
        <source>ny nøgle (ny computer)</source>
        <translation>ny nøgle (ny computer)</translation>
    </message>
    <message>
        <source>nyt certifikat</source>
        <translation>nyt certifikat</translation>
    </message>
    <message>
        <source>ændrede oplysninger (overtages ikke ved godkendelse)</source>
        <translation>ændrede oplysninger (overtages ikke ved godkendelse)</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Initialer</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bruger-id</source>
        <translation>Bruger-id</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Teamets medlemmer</source>
        <translation>Teamets medlemmer</translation>
    </message>
    <message>
        <source>Din kode</source>
        <translation>Din kode</translation>
    </message>
    <message>
        <source>Medlemmer på holdlisten</source>
        <translation>Medlemmer på holdlisten</translation>
    </message>
    <message>
        <source>Anmodninger om optagelse</source>
        <translation>Anmodninger om optagelse</translation>
    </message>
    <message>
        <source>&amp;Godkend…</source>
        <translation>&amp;Godkend…</translation>
    </message>
    <message>
        <source>Sammenlign koden med medarbejderens skærm, og godkend anmodningen</source>
        <translation>Sammenlign koden med medarbejderens skærm, og godkend anmodningen</translation>
    </message>
    <message>
        <source>&amp;Afvis</source>
        <translation>&amp;Afvis</translation>
    </message>
    <message>
        <source>&amp;Tilbagekald…</source>
        <translation>&amp;Tilbagekald…</translation>
    </message>
    <message>
        <source>&amp;Opdatér</source>
        <translation>&amp;Opdatér</translation>
    </message>
    <message>
        <source>Anmodninger på fællesmappen (ikke godkendt)</source>
        <translation>Anmodninger på fællesmappen (ikke godkendt)</translation>
    </message>
    <message>
        <source>Læser fællesmappen…</source>
        <translation>Læser fællesmappen…</translation>
    </message>
    <message>
        <source>Din kode: %1</source>
        <translation>Din kode: %1</translation>
    </message>
    <message>
        <source>tilbagekaldt</source>
        <translation>tilbagekaldt</translation>
    </message>
    <message>
        <source>aktiv</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>Ulæselig anmodning %1: %2</source>
        <translation>Ulæselig anmodning %1: %2</translation>
    </message>
    <message>
        <source>Der er ingen holdliste endnu.</source>
        <translation>Der er ingen holdliste endnu.</translation>
    </message>
    <message>
        <source>Holdliste version %1</source>
        <translation>Holdliste version %1</translation>
    </message>
    <message>
        <source>Vælg først en anmodning.</source>
        <translation>Vælg først en anmodning.</translation>
    </message>
    <message>
        <source>Godkend medlem</source>
        <translation>Godkend medlem</translation>
    </message>
    <message>
        <source>Bed %1 åbne Team → Medlemmer… (eller køre `udsat team list`) og læse sin kode op.

Koden i anmodningen er:
%2

Er koderne ens?</source>
        <translation>Bed %1 åbne Team → Medlemmer… (eller køre `udsat team list`) og læse sin kode op.

Koden i anmodningen er:
%2

Er koderne ens?</translation>
    </message>
    <message>
        <source>Ikke godkendt.</source>
        <translation>Ikke godkendt.</translation>
    </message>
    <message>
        <source>Vælg først et aktivt medlem.</source>
        <translation>Vælg først et aktivt medlem.</translation>
    </message>
    <message>
        <source>Tilbagekald medlem</source>
        <translation>Tilbagekald medlem</translation>
    </message>
    <message>
        <source>Tilbagekald %1? Nye underskrifter fra %1 tælles ikke, og der kan ikke tildeles sager til %1.</source>
        <translation>Tilbagekald %1? Nye underskrifter fra %1 tælles ikke, og der kan ikke tildeles sager til %1.</translation>
    </message>
    <message>
        <source>Godkend teamets koordinator</source>
        <translation>Godkend teamets koordinator</translation>
    </message>
    <message>
        <source>Fællesmappen har en holdliste fra %1.

Kode: %2

Sammenlign koden med den, der står på koordinatorens skærm (Team → Medlemmer…). Er den ens?</source>
        <translation>Fællesmappen har en holdliste fra %1.

Kode: %2

Sammenlign koden med den, der står på koordinatorens skærm (Team → Medlemmer…). Er den ens?</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Lås Udsat Desktop op</source>
        <translation>Lås Udsat Desktop op</translation>
    </message>
    <message>
        <source>Adgangskode</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>Adgangskoden til din krypterede database</source>
        <translation>Adgangskoden til din krypterede database</translation>
    </message>
    <message>
        <source>Lås op</source>
        <translation>Lås op</translation>
    </message>
    <message>
        <source>Forkert adgangskode</source>
        <translation>Forkert adgangskode</translation>
    </message>
    <message>
        <source>Afslut</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <source>&amp;Adgangskode</source>
        <translation>&amp;Adgangskode</translation>
    </message>
    <message>
        <source>Sagerne er krypteret. Skriv din adgangskode.</source>
        <translation>Sagerne er krypteret. Skriv din adgangskode.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Kontrollér underskrift</source>
        <translation>Kontrollér underskrift</translation>
    </message>
    <message>
        <source>PDF-fil</source>
        <translation>PDF-fil</translation>
    </message>
    <message>
        <source>Den PDF, hvis underskrifter skal kontrolleres</source>
        <translation>Den PDF, hvis underskrifter skal kontrolleres</translation>
    </message>
    <message>
        <source>&amp;Gennemse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <source>Vælg PDF-filen</source>
        <translation>Vælg PDF-filen</translation>
    </message>
    <message>
        <source>&amp;Kontrollér</source>
        <translation>&amp;Kontrollér</translation>
    </message>
    <message>
        <source>Kontrollér underskrifterne i filen</source>
        <translation>Kontrollér underskrifterne i filen</translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Hver underskrift i filen og resultatet af kontrollen</source>
        <translation>Hver underskrift i filen og resultatet af kontrollen</translation>
    </message>
    <message>
        <source>Underskrift</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <source>Underskriver</source>
        <translation>Underskriver</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Tidsstempel</source>
        <translation>Tidsstempel</translation>
    </message>
    <message>
        <source>Dækkede bytes</source>
        <translation>Dækkede bytes</translation>
    </message>
    <message>
        <source>Underskrifter</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <source>Vælg PDF</source>
        <translation>Vælg PDF</translation>
    </message>
    <message>
        <source>Filen kan ikke læses: %1</source>
        <translation>Filen kan ikke læses: %1</translation>
    </message>
    <message>
        <source>Filen er IKKE i orden: %1</source>
        <translation>Filen er IKKE i orden: %1</translation>
    </message>
    <message>
        <source>Alle underskrifter er intakte.</source>
        <translation>Alle underskrifter er intakte.</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Sammenlign versioner – sag %1</source>
        <translation>Sammenlign versioner – sag %1</translation>
    </message>
    <message>
        <source>Første version</source>
        <translation>Første version</translation>
    </message>
    <message>
        <source>Anden version</source>
        <translation>Anden version</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>Felterne side om side</source>
        <translation>Felterne side om side</translation>
    </message>
    <message>
        <source>Sammenlign:</source>
        <translation>Sammenlign:</translation>
    </message>
    <message>
        <source>med</source>
        <translation>med</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Rettelse %1: %2</source>
        <translation>Rettelse %1: %2</translation>
    </message>
</context>
</TS>
