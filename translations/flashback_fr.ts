<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d’ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Flashback (schema %1, this build knows %2). Update the application.</source>
        <translation>La base de données a été écrite par une version plus récente de Flashback (schéma %1, cette version connaît %2). Mettez l’application à jour.</translation>
    </message>
    <message>
        <source>Schema migration %1 %2 (%3) failed: %4</source>
        <translation>La migration de schéma %1 %2 (%3) a échoué : %4</translation>
    </message>
</context>
<context>
    <name>Runtime</name>
    <message>
        <source>Keep all data (database, logs, wallets) in DIR.</source>
        <translation>Conserver toutes les données (base, journaux, portefeuilles) dans DIR.</translation>
    </message>
    <message>
        <source>Print debug output of every layer.</source>
        <translation>Afficher les messages de débogage de chaque couche.</translation>
    </message>
</context>
<context>
    <name>fb::ui::AboutDialog</name>
    <message>
        <source>About Flashback</source>
        <translation>À propos de Flashback</translation>
    </message>
    <message>
        <source>A desktop client for the Flashback storage marketplace: buy storage from clouds and DePIN networks under enforced SLAs, keep your files encrypted across providers, and pay from an embedded wallet.</source>
        <translation>Un client de bureau pour la place de marché de stockage Flashback : achetez du stockage auprès de clouds et de réseaux DePIN sous des SLA garantis, gardez vos fichiers chiffrés chez plusieurs fournisseurs et payez depuis un portefeuille intégré.</translation>
    </message>
    <message>
        <source>Built on: %1</source>
        <translation>Construit avec : %1</translation>
    </message>
</context>
<context>
    <name>fb::ui::FilesPage</name>
    <message>
        <source>Files are encrypted on this computer, then spread across your providers.</source>
        <translation>Les fichiers sont chiffrés sur cet ordinateur, puis répartis entre vos fournisseurs.</translation>
    </message>
    <message>
        <source>No files yet</source>
        <translation>Aucun fichier pour l’instant</translation>
    </message>
    <message>
        <source>To store files you need an active SLA with at least one provider. Once it is active, drop files here or use Upload.</source>
        <translation>Pour stocker des fichiers, il faut un SLA actif avec au moins un fournisseur. Une fois actif, déposez vos fichiers ici ou utilisez Envoyer.</translation>
    </message>
    <message>
        <source>See my SLAs</source>
        <translation>Voir mes SLA</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
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
        <translation>Client</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Buy storage and keep files (Ctrl+Shift+C)</source>
        <translation>Acheter du stockage et conserver des fichiers (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>Sell storage and manage offers (Ctrl+Shift+P)</source>
        <translation>Vendre du stockage et gérer des offres (Ctrl+Maj+P)</translation>
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
        <translation>Rôle %1</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Espaces</translation>
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
        <translation>Connexion à la plateforme</translation>
    </message>
    <message>
        <source>Not connected to a platform node yet</source>
        <translation>Pas encore connecté à un nœud de la plateforme</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Flashback</source>
        <translation>À &amp;propos de Flashback</translation>
    </message>
</context>
<context>
    <name>fb::ui::MarketplacePage</name>
    <message>
        <source>Compare storage offers from certified clouds and DePIN networks.</source>
        <translation>Comparez les offres de stockage de clouds certifiés et de réseaux DePIN.</translation>
    </message>
    <message>
        <source>No offers yet</source>
        <translation>Aucune offre pour l’instant</translation>
    </message>
    <message>
        <source>Offers appear here as soon as the app has synced with the platform. If this takes long, check the platform connection in Settings.</source>
        <translation>Les offres apparaissent ici dès que l’application s’est synchronisée avec la plateforme. Si cela tarde, vérifiez la connexion dans les Paramètres.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Ouvrir les Paramètres</translation>
    </message>
    <message>
        <source>Check or change the platform node</source>
        <translation>Vérifier ou changer le nœud de la plateforme</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Place de marché</translation>
    </message>
</context>
<context>
    <name>fb::ui::ProviderPage</name>
    <message>
        <source>Sell storage: publish offers, accept SLAs, follow QoS and earnings.</source>
        <translation>Vendez du stockage : publiez des offres, acceptez des SLA, suivez la QoS et vos revenus.</translation>
    </message>
    <message>
        <source>Not registered as a provider</source>
        <translation>Pas enregistré comme fournisseur</translation>
    </message>
    <message>
        <source>Providers register their business, get certified and publish offers that consumers find in the Marketplace. Switch the role to Provider in the sidebar to start.</source>
        <translation>Les fournisseurs enregistrent leur activité, se font certifier et publient des offres que les clients trouvent sur la place de marché. Passez au rôle Fournisseur dans la barre latérale pour commencer.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
</context>
<context>
    <name>fb::ui::SettingsPage</name>
    <message>
        <source>Preferences are kept for this user on this computer.</source>
        <translation>Les préférences sont conservées pour cet utilisateur sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language applies the next time Flashback starts.</source>
        <translation>La nouvelle langue s’applique au prochain démarrage de Flashback.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Empty: run a local network on this computer</source>
        <translation>Vide : exécuter un réseau local sur cet ordinateur</translation>
    </message>
    <message>
        <source>Platform node URL</source>
        <translation>URL du nœud de la plateforme</translation>
    </message>
    <message>
        <source>The address of a Flashback platform node, e.g. https://node.example.org. Leave it empty to use the local network that Flashback runs for you.</source>
        <translation>L’adresse d’un nœud de la plateforme Flashback, par ex. https://node.example.org. Laissez vide pour utiliser le réseau local que Flashback exécute pour vous.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Node &amp;URL:</source>
        <translation>&amp;URL du nœud :</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connexion :</translation>
    </message>
    <message>
        <source>Data on this computer</source>
        <translation>Données sur cet ordinateur</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier des données :</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Fichier journal :</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>“%1” is not a node address. Use http:// or https:// followed by the host.</source>
        <translation>« %1 » n’est pas une adresse de nœud. Utilisez http:// ou https:// suivi de l’hôte.</translation>
    </message>
</context>
<context>
    <name>fb::ui::SlasPage</name>
    <message>
        <source>Your storage agreements: their state, cost and measured quality.</source>
        <translation>Vos contrats de stockage : leur état, leur coût et leur qualité mesurée.</translation>
    </message>
    <message>
        <source>No SLAs yet</source>
        <translation>Aucun SLA pour l’instant</translation>
    </message>
    <message>
        <source>An SLA is an agreement with one or more providers to keep your data for a period, at a price and a quality you choose. Pick offers in the Marketplace to create one.</source>
        <translation>Un SLA est un accord avec un ou plusieurs fournisseurs pour conserver vos données pendant une période, au prix et à la qualité que vous choisissez. Choisissez des offres sur la place de marché pour en créer un.</translation>
    </message>
    <message>
        <source>Browse the Marketplace</source>
        <translation>Parcourir la place de marché</translation>
    </message>
    <message>
        <source>SLAs</source>
        <translation>SLA</translation>
    </message>
</context>
<context>
    <name>fb::ui::WalletPage</name>
    <message>
        <source>Your keys stay on this computer, encrypted under your password.</source>
        <translation>Vos clés restent sur cet ordinateur, chiffrées par votre mot de passe.</translation>
    </message>
    <message>
        <source>No wallet yet</source>
        <translation>Aucun portefeuille pour l’instant</translation>
    </message>
    <message>
        <source>A wallet pays for SLAs in XLM, ALGO or BTC and signs you in to the platform. You will create one, or restore one from your recovery words, when you first pay for an SLA.</source>
        <translation>Un portefeuille paie les SLA en XLM, ALGO ou BTC et vous connecte à la plateforme. Vous en créerez un, ou en restaurerez un à partir de vos mots de récupération, lors de votre premier paiement.</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Portefeuille</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Flashback storage marketplace</source>
        <translation>Place de marché de stockage Flashback</translation>
    </message>
    <message>
        <source>Render the main window to FILE (PNG) and exit.</source>
        <translation>Dessiner la fenêtre principale dans FILE (PNG) et quitter.</translation>
    </message>
    <message>
        <source>Open on page NAME.</source>
        <translation>Ouvrir sur la page NAME.</translation>
    </message>
    <message>
        <source>light, dark or system.</source>
        <translation>light, dark ou system.</translation>
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