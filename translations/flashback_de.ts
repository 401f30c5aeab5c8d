<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Flashback (schema %1, this build knows %2). Update the application.</source>
        <translation>Die Datenbank stammt von einer neueren Flashback-Version (Schema %1, diese Version kennt %2). Aktualisieren Sie die Anwendung.</translation>
    </message>
    <message>
        <source>Schema migration %1 %2 (%3) failed: %4</source>
        <translation>Schema-Migration %1 %2 (%3) fehlgeschlagen: %4</translation>
    </message>
</context>
<context>
    <name>Runtime</name>
    <message>
        <source>Keep all data (database, logs, wallets) in DIR.</source>
        <translation>Alle Daten (Datenbank, Protokolle, Wallets) in DIR ablegen.</translation>
    </message>
    <message>
        <source>Print debug output of every layer.</source>
        <translation>Debug-Ausgaben aller Schichten anzeigen.</translation>
    </message>
</context>
<context>
    <name>fb::ui::AboutDialog</name>
    <message>
        <source>About Flashback</source>
        <translation>Über Flashback</translation>
    </message>
    <message>
        <source>A desktop client for the Flashback storage marketplace: buy storage from clouds and DePIN networks under enforced SLAs, keep your files encrypted across providers, and pay from an embedded wallet.</source>
        <translation>Ein Desktop-Client für den Flashback-Speichermarktplatz: Speicher von Clouds und DePIN-Netzen mit durchgesetzten SLAs kaufen, Dateien verschlüsselt über mehrere Anbieter verteilt aufbewahren und aus der eingebauten Wallet bezahlen.</translation>
    </message>
    <message>
        <source>Built on: %1</source>
        <translation>Erstellt mit: %1</translation>
    </message>
</context>
<context>
    <name>fb::ui::FilesPage</name>
    <message>
        <source>Files are encrypted on this computer, then spread across your providers.</source>
        <translation>Dateien werden auf diesem Computer verschlüsselt und dann auf Ihre Anbieter verteilt.</translation>
    </message>
    <message>
        <source>No files yet</source>
        <translation>Noch keine Dateien</translation>
    </message>
    <message>
        <source>To store files you need an active SLA with at least one provider. Once it is active, drop files here or use Upload.</source>
        <translation>Zum Speichern brauchen Sie ein aktives SLA mit mindestens einem Anbieter. Sobald es aktiv ist, ziehen Sie Dateien hierher oder verwenden Hochladen.</translation>
    </message>
    <message>
        <source>See my SLAs</source>
        <translation>Meine SLAs ansehen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
</context>
<context>
    <name>fb::ui::MainWindow</name>
    <message>
        <source>Flashback</source>
        <translation>Flashback</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Buy storage and keep files (Ctrl+Shift+C)</source>
        <translation>Speicher kaufen und Dateien aufbewahren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Sell storage and manage offers (Ctrl+Shift+P)</source>
        <translation>Speicher verkaufen und Angebote verwalten (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>%1 role</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>Platform connection</source>
        <translation>Verbindung zur Plattform</translation>
    </message>
    <message>
        <source>Not connected to a platform node yet</source>
        <translation>Noch nicht mit einem Plattformknoten verbunden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
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
        <source>&amp;About Flashback</source>
        <translation>&amp;Über Flashback</translation>
    </message>
</context>
<context>
    <name>fb::ui::MarketplacePage</name>
    <message>
        <source>Compare storage offers from certified clouds and DePIN networks.</source>
        <translation>Vergleichen Sie Speicherangebote zertifizierter Clouds und DePIN-Netze.</translation>
    </message>
    <message>
        <source>No offers yet</source>
        <translation>Noch keine Angebote</translation>
    </message>
    <message>
        <source>Offers appear here as soon as the app has synced with the platform. If this takes long, check the platform connection in Settings.</source>
        <translation>Angebote erscheinen hier, sobald die App mit der Plattform synchronisiert ist. Dauert das lange, prüfen Sie die Verbindung in den Einstellungen.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Check or change the platform node</source>
        <translation>Plattformknoten prüfen oder ändern</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
</context>
<context>
    <name>fb::ui::ProviderPage</name>
    <message>
        <source>Sell storage: publish offers, accept SLAs, follow QoS and earnings.</source>
        <translation>Speicher verkaufen: Angebote veröffentlichen, SLAs annehmen, QoS und Einnahmen verfolgen.</translation>
    </message>
    <message>
        <source>Not registered as a provider</source>
        <translation>Nicht als Anbieter registriert</translation>
    </message>
    <message>
        <source>Providers register their business, get certified and publish offers that consumers find in the Marketplace. Switch the role to Provider in the sidebar to start.</source>
        <translation>Anbieter registrieren ihr Unternehmen, lassen sich zertifizieren und veröffentlichen Angebote, die Kunden im Marktplatz finden. Wechseln Sie in der Seitenleiste zur Rolle Anbieter, um zu beginnen.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
</context>
<context>
    <name>fb::ui::SettingsPage</name>
    <message>
        <source>Preferences are kept for this user on this computer.</source>
        <translation>Einstellungen gelten für diesen Benutzer auf diesem Computer.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language applies the next time Flashback starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Flashback.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Empty: run a local network on this computer</source>
        <translation>Leer: ein lokales Netz auf diesem Computer betreiben</translation>
    </message>
    <message>
        <source>Platform node URL</source>
        <translation>URL des Plattformknotens</translation>
    </message>
    <message>
        <source>The address of a Flashback platform node, e.g. https://node.example.org. Leave it empty to use the local network that Flashback runs for you.</source>
        <translation>Die Adresse eines Flashback-Plattformknotens, z. B. https://node.example.org. Leer lassen, um das lokale Netz zu nutzen, das Flashback für Sie betreibt.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Node &amp;URL:</source>
        <translation>Knoten-&amp;URL:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Data on this computer</source>
        <translation>Daten auf diesem Computer</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Protokolldatei:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>“%1” is not a node address. Use http:// or https:// followed by the host.</source>
        <translation>„%1“ ist keine Knotenadresse. Verwenden Sie http:// oder https:// gefolgt vom Host.</translation>
    </message>
</context>
<context>
    <name>fb::ui::SlasPage</name>
    <message>
        <source>Your storage agreements: their state, cost and measured quality.</source>
        <translation>Ihre Speicherverträge: Zustand, Kosten und gemessene Qualität.</translation>
    </message>
    <message>
        <source>No SLAs yet</source>
        <translation>Noch keine SLAs</translation>
    </message>
    <message>
        <source>An SLA is an agreement with one or more providers to keep your data for a period, at a price and a quality you choose. Pick offers in the Marketplace to create one.</source>
        <translation>Ein SLA ist eine Vereinbarung mit einem oder mehreren Anbietern, Ihre Daten für einen Zeitraum zu einem Preis und einer Qualität Ihrer Wahl aufzubewahren. Wählen Sie Angebote im Marktplatz, um eines anzulegen.</translation>
    </message>
    <message>
        <source>Browse the Marketplace</source>
        <translation>Marktplatz durchsuchen</translation>
    </message>
    <message>
        <source>SLAs</source>
        <translation>SLAs</translation>
    </message>
</context>
<context>
    <name>fb::ui::WalletPage</name>
    <message>
        <source>Your keys stay on this computer, encrypted under your password.</source>
        <translation>Ihre Schlüssel bleiben auf diesem Computer, verschlüsselt mit Ihrem Passwort.</translation>
    </message>
    <message>
        <source>No wallet yet</source>
        <translation>Noch keine Wallet</translation>
    </message>
    <message>
        <source>A wallet pays for SLAs in XLM, ALGO or BTC and signs you in to the platform. You will create one, or restore one from your recovery words, when you first pay for an SLA.</source>
        <translation>Eine Wallet bezahlt SLAs in XLM, ALGO oder BTC und meldet Sie bei der Plattform an. Sie legen eine an oder stellen eine aus Ihren Wiederherstellungswörtern wieder her, wenn Sie zum ersten Mal ein SLA bezahlen.</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Flashback storage marketplace</source>
        <translation>Flashback-Speichermarktplatz</translation>
    </message>
    <message>
        <source>Render the main window to FILE (PNG) and exit.</source>
        <translation>Das Hauptfenster als PNG in FILE speichern und beenden.</translation>
    </message>
    <message>
        <source>Open on page NAME.</source>
        <translation>Auf Seite NAME öffnen.</translation>
    </message>
    <message>
        <source>light, dark or system.</source>
        <translation>light, dark oder system.</translation>
    </message>
    <message>
        <source>Flashback</source>
        <translation>Flashback</translation>
    </message>
    <message>
        <source>The local database cannot be opened:
%1

Check that %2 is writable, or start with --data-dir pointing elsewhere.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>