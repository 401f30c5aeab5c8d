<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was written by a newer version of Flashback (schema %1, this build knows %2). Update the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema migration %1 %2 (%3) failed: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runtime</name>
    <message>
        <source>Keep all data (database, logs, wallets) in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print debug output of every layer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::AboutDialog</name>
    <message>
        <source>About Flashback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop client for the Flashback storage marketplace: buy storage from clouds and DePIN networks under enforced SLAs, keep your files encrypted across providers, and pay from an embedded wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built on: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::FilesPage</name>
    <message>
        <source>Files are encrypted on this computer, then spread across your providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To store files you need an active SLA with at least one provider. Once it is active, drop files here or use Upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See my SLAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::MainWindow</name>
    <message>
        <source>Flashback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy storage and keep files (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell storage and manage offers (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a platform node yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Flashback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::MarketplacePage</name>
    <message>
        <source>Compare storage offers from certified clouds and DePIN networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers appear here as soon as the app has synced with the platform. If this takes long, check the platform connection in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check or change the platform node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::ProviderPage</name>
    <message>
        <source>Sell storage: publish offers, accept SLAs, follow QoS and earnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered as a provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers register their business, get certified and publish offers that consumers find in the Marketplace. Switch the role to Provider in the sidebar to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::SettingsPage</name>
    <message>
        <source>Preferences are kept for this user on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies the next time Flashback starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: run a local network on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform node URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of a Flashback platform node, e.g. https://node.example.org. Leave it empty to use the local network that Flashback runs for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a node address. Use http:// or https:// followed by the host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::SlasPage</name>
    <message>
        <source>Your storage agreements: their state, cost and measured quality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SLAs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SLA is an agreement with one or more providers to keep your data for a period, at a price and a quality you choose. Pick offers in the Marketplace to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse the Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLAs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::WalletPage</name>
    <message>
        <source>Your keys stay on this computer, encrypted under your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wallet yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wallet pays for SLAs in XLM, ALGO or BTC and signs you in to the platform. You will create one, or restore one from your recovery words, when you first pay for an SLA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Flashback storage marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window to FILE (PNG) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on page NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light, dark or system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flashback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database cannot be opened:
%1

Check that %2 is writable, or start with --data-dir pointing elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
