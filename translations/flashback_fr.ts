<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AppServices</name>
    <message>
        <source>The local network stopped: %1</source>
        <translation>Le réseau local s’est arrêté : %1</translation>
    </message>
    <message>
        <source>Starting the local network…</source>
        <translation>Démarrage du réseau local…</translation>
    </message>
    <message>
        <source>The local network did not start: %1</source>
        <translation>Le réseau local n’a pas démarré : %1</translation>
    </message>
    <message>
        <source>Offline signer — no network</source>
        <translation>Signataire hors ligne — aucun réseau</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>Bronze</source>
        <translation>Bronze</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Argent</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Or</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>Platine</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 o</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 To</translation>
    </message>
    <message>
        <source>%1 PB</source>
        <translation>%1 Po</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is not an amount: write digits with at most %n decimals, e.g. %2.</source>
        <translation>
            <numerusform>« %1 » n&apos;est pas un montant : saisissez des chiffres avec au plus %n décimale, par ex. %2.</numerusform>
            <numerusform>« %1 » n&apos;est pas un montant : saisissez des chiffres avec au plus %n décimales, par ex. %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The server sent malformed JSON (%1 at byte %2).</source>
        <translation>Le serveur a envoyé du JSON mal formé (%1 à l’octet %2).</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not a JSON object.</source>
        <translation>La réponse du serveur n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The changes feed is out of order or malformed at seq %1.</source>
        <translation>Le flux de modifications est désordonné ou mal formé à seq %1.</translation>
    </message>
    <message>
        <source>The changes feed&apos;s cursor is inconsistent.</source>
        <translation>Le curseur du flux de modifications est incohérent.</translation>
    </message>
    <message>
        <source>&quot;items&quot; is not an array.</source>
        <translation>&quot;items&quot; n’est pas un tableau.</translation>
    </message>
    <message>
        <source>An offer is not an object.</source>
        <translation>Une offre n’est pas un objet.</translation>
    </message>
    <message>
        <source>&quot;series&quot; is not an array.</source>
        <translation>&quot;series&quot; n’est pas un tableau.</translation>
    </message>
    <message>
        <source>Change %1 (%2 %3) is malformed: %4</source>
        <translation>La modification %1 (%2 %3) est mal formée : %4</translation>
    </message>
    <message>
        <source>The cache&apos;s database driver is not SQLite.</source>
        <translation>Le pilote de base de données du cache n&apos;est pas SQLite.</translation>
    </message>
    <message>
        <source>The changes feed&apos;s cursor headers are malformed.</source>
        <translation>Les en-têtes de curseur du flux de modifications sont mal formés.</translation>
    </message>
    <message>
        <source>The changes feed&apos;s cursor headers disagree with its page.</source>
        <translation>Les en-têtes de curseur du flux de modifications ne correspondent pas à sa page.</translation>
    </message>
</context>
<context>
    <name>QWebEnginePage</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>SignElsewhere</name>
    <message>
        <source>%1 carries no valid signature of your Stellar account: sign it on the other device with this wallet, then import it again.</source>
        <translation>%1 ne porte aucune signature valide de votre compte Stellar : signez-le sur l&apos;autre appareil avec ce portefeuille, puis importez-le de nouveau.</translation>
    </message>
    <message>
        <source>%1 carries no valid signature of your Algorand account: sign it on the other device with this wallet, then import it again.</source>
        <translation>%1 ne porte aucune signature valide de votre compte Algorand : signez-le sur l&apos;autre appareil avec ce portefeuille, puis importez-le de nouveau.</translation>
    </message>
    <message>
        <source>%1 is not fully signed (the signer finalises a Bitcoin payment once every input is signed): sign it on the other device with this wallet, then import it again.</source>
        <translation>%1 n&apos;est pas entièrement signé (le signataire finalise un paiement Bitcoin une fois chaque entrée signée) : signez-le sur l&apos;autre appareil avec ce portefeuille, puis importez-le de nouveau.</translation>
    </message>
    <message>
        <source>%1 carries no valid signature of your Starknet account: sign it on the other device with this wallet, then import it again.</source>
        <translation>%1 ne porte aucune signature valide de votre compte Starknet : signez-le sur l&apos;autre appareil avec ce portefeuille, puis importez-le de nouveau.</translation>
    </message>
    <message>
        <source>%1 is of a chain this app cannot submit.</source>
        <translation>%1 relève d&apos;une chaîne que cette application ne peut pas soumettre.</translation>
    </message>
</context>
<context>
    <name>SlaTermsView</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Downloads included</source>
        <translation>Téléchargements inclus</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>one provider keeps it</source>
        <translation>un seul fournisseur le conserve</translation>
    </message>
    <message numerus="yes">
        <source>a full copy with each of %n provider(s)</source>
        <translation>
            <numerusform>une copie complète chez chacun des %n fournisseur</numerusform>
            <numerusform>une copie complète chez chacun des %n fournisseurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shards, any %2 rebuild it</source>
        <translation>%1 fragments, %2 suffisent à le reconstruire</translation>
    </message>
    <message>
        <source>Redundancy</source>
        <translation>Redondance</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Price of the agreement</source>
        <translation>Prix du contrat</translation>
    </message>
    <message>
        <source>This payment</source>
        <translation>Ce paiement</translation>
    </message>
    <message>
        <source>%1, payment %2 of %3, deal %4</source>
        <translation>%1, paiement %2 sur %3, accord %4</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Conclu le</translation>
    </message>
    <message>
        <source>Network round then</source>
        <translation>Tour du réseau à ce moment</translation>
    </message>
    <message>
        <source>The storage agreement this payment funds (as the exporter states it):</source>
        <translation>Le contrat de stockage financé par ce paiement (selon l&apos;exportateur) :</translation>
    </message>
</context>
<context>
    <name>fb</name>
    <message>
        <source>Not connected to a platform node; check Settings.</source>
        <translation>Non connecté à un nœud de plateforme ; vérifiez les Paramètres.</translation>
    </message>
</context>
<context>
    <name>fb::AccountService</name>
    <message>
        <source>Set up a wallet first: it is your account on the platform.</source>
        <translation>Configurez d’abord un portefeuille : c’est votre compte sur la plateforme.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Votre compte</translation>
    </message>
    <message>
        <source>Not connected to a platform node.</source>
        <translation>Non connecté à un nœud de plateforme.</translation>
    </message>
    <message>
        <source>Your account could not be read</source>
        <translation>Votre compte n’a pas pu être lu</translation>
    </message>
    <message>
        <source>The faucet refused</source>
        <translation>Le robinet (faucet) a refusé</translation>
    </message>
    <message>
        <source>No new Bitcoin blocks</source>
        <translation>Aucun nouveau bloc Bitcoin</translation>
    </message>
    <message>
        <source>no height</source>
        <translation>aucune hauteur de bloc</translation>
    </message>
    <message>
        <source>The platform&apos;s network</source>
        <translation>Le réseau de la plateforme</translation>
    </message>
    <message>
        <source>The payment was not sent</source>
        <translation>Le paiement n&apos;a pas été envoyé</translation>
    </message>
    <message>
        <source>The account&apos;s history</source>
        <translation>L&apos;historique du compte</translation>
    </message>
    <message>
        <source>The Bitcoin fee estimate</source>
        <translation>L&apos;estimation des frais Bitcoin</translation>
    </message>
</context>
<context>
    <name>fb::ApiClient</name>
    <message>
        <source>No platform URL is configured.</source>
        <translation>Aucune URL de plateforme n’est configurée.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the one you trusted (pinned).</source>
        <translation>Le certificat du serveur n’est pas celui que vous avez approuvé (épinglé).</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is larger than %1 bytes; it was refused.</source>
        <translation>La réponse du serveur dépasse %1 octets ; elle a été refusée.</translation>
    </message>
    <message>
        <source>The secure connection was refused: %1. Check the node address or trust its certificate in Settings.</source>
        <translation>La connexion sécurisée a été refusée : %1. Vérifiez l’adresse du nœud ou approuvez son certificat dans les Paramètres.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not HTTP.</source>
        <translation>La réponse du serveur n’est pas du HTTP.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not valid HTTP: %1</source>
        <translation>La réponse du serveur n’est pas du HTTP valide : %1</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Impossible de joindre le serveur : %1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Le serveur a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>The session ended; sign in again.</source>
        <translation>La session est terminée ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>Not signed in; sign in with your wallet.</source>
        <translation>Non connecté ; connectez-vous avec votre portefeuille.</translation>
    </message>
    <message>
        <source>The session expired; sign in again.</source>
        <translation>La session a expiré ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>The server&apos;s token reply is malformed.</source>
        <translation>La réponse du serveur contenant le jeton est mal formée.</translation>
    </message>
    <message>
        <source>The wallet did not sign the login message.</source>
        <translation>Le portefeuille n’a pas signé le message de connexion.</translation>
    </message>
    <message>
        <source>The server did not present a certificate (%1).</source>
        <translation>Le serveur n’a présenté aucun certificat (%1).</translation>
    </message>
    <message>
        <source>The sign-in was abandoned.</source>
        <translation>La connexion a été abandonnée.</translation>
    </message>
</context>
<context>
    <name>fb::DealService</name>
    <message>
        <source>The platform did not create the agreement</source>
        <translation>La plateforme n’a pas créé le contrat</translation>
    </message>
    <message>
        <source>no agreement id or no deals</source>
        <translation>aucun identifiant de contrat ou aucun accord</translation>
    </message>
    <message>
        <source>Reading the deal</source>
        <translation>Lecture de l’accord</translation>
    </message>
    <message>
        <source>Reading the agreements</source>
        <translation>Lecture des contrats</translation>
    </message>
    <message>
        <source>The platform did not cancel the deal</source>
        <translation>La plateforme n’a pas annulé l’accord</translation>
    </message>
    <message>
        <source>The platform did not open the dispute</source>
        <translation>La plateforme n’a pas ouvert le litige</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Contrat</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n provider(s)</source>
        <translation>
            <numerusform>%1 · %n fournisseur</numerusform>
            <numerusform>%1 · %n fournisseurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n provider(s) · %2</source>
        <translation>
            <numerusform>%1 · %n fournisseur · %2</numerusform>
            <numerusform>%1 · %n fournisseurs · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement %1</source>
        <translation>Contrat %1</translation>
    </message>
    <message>
        <source>There is no local cache to keep the name in.</source>
        <translation>Aucun cache local où conserver le nom.</translation>
    </message>
    <message>
        <source>A name has at most 120 characters.</source>
        <translation>Un nom comporte au plus 120 caractères.</translation>
    </message>
    <message>
        <source>The name could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer le nom : %1</translation>
    </message>
</context>
<context>
    <name>fb::DealsModel</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Financé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Breached by provider</source>
        <translation>Rompu par le fournisseur</translation>
    </message>
    <message>
        <source>Breached by consumer</source>
        <translation>Rompu par le client</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>En attente de paiement</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Non payé</translation>
    </message>
    <message>
        <source>Paid in several coins (%1)</source>
        <translation>Payé en plusieurs devises (%1)</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Starts %1</source>
        <translation>Commence le %1</translation>
    </message>
</context>
<context>
    <name>fb::LocalNode</name>
    <message>
        <source>flashback-node was not found next to the application; set FB_NODE_PATH or configure a platform URL in Settings.</source>
        <translation>flashback-node est introuvable à côté de l’application ; définissez FB_NODE_PATH ou configurez une URL de plateforme dans les Paramètres.</translation>
    </message>
    <message>
        <source>Cannot start the local node: %1</source>
        <translation>Impossible de démarrer le nœud local : %1</translation>
    </message>
    <message>
        <source>The local node stopped (exit code %1).</source>
        <translation>Le nœud local s’est arrêté (code de sortie %1).</translation>
    </message>
    <message>
        <source>The local node did not start: %1</source>
        <translation>Le nœud local n’a pas démarré : %1</translation>
    </message>
    <message>
        <source>Local network</source>
        <translation>Réseau local</translation>
    </message>
    <message>
        <source>no running Flashback app uses %1 with its local network (%2 is missing)</source>
        <translation>aucune application Flashback en cours n&apos;utilise %1 avec son réseau local (%2 est absent)</translation>
    </message>
    <message>
        <source>%1 is not a node address file</source>
        <translation>%1 n&apos;est pas un fichier d&apos;adresse de nœud</translation>
    </message>
    <message>
        <source>the local node named in %1 is no longer running; start the app</source>
        <translation>le nœud local indiqué dans %1 ne fonctionne plus ; lancez l&apos;application</translation>
    </message>
</context>
<context>
    <name>fb::MarketService</name>
    <message>
        <source>The local cache is not open.</source>
        <translation>Le cache local n’est pas ouvert.</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>&quot;items&quot; is not a list</source>
        <translation>&quot;items&quot; n’est pas une liste</translation>
    </message>
    <message>
        <source>a rate without currency or value</source>
        <translation>un taux sans devise ni valeur</translation>
    </message>
    <message>
        <source>Node information</source>
        <translation>Informations du nœud</translation>
    </message>
    <message>
        <source>&quot;feeBps&quot; is missing or out of range</source>
        <translation>&quot;feeBps&quot; est absent ou hors limites</translation>
    </message>
    <message>
        <source>Not connected to a platform node.</source>
        <translation>Non connecté à un nœud de plateforme.</translation>
    </message>
    <message>
        <source>Not connected to a platform node; check Settings.</source>
        <translation>Non connecté à un nœud de plateforme ; vérifiez les Paramètres.</translation>
    </message>
    <message>
        <source>The quote failed</source>
        <translation>Le devis a échoué</translation>
    </message>
    <message>
        <source>The quote</source>
        <translation>Le devis</translation>
    </message>
</context>
<context>
    <name>fb::NodeProbe</name>
    <message>
        <source>No node was tested yet.</source>
        <translation>Aucun nœud n’a encore été testé.</translation>
    </message>
</context>
<context>
    <name>fb::OffersModel</name>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>QoS tier</source>
        <translation>Niveau de QoS</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protocoles</translation>
    </message>
    <message>
        <source>Storage / GB-month</source>
        <translation>Stockage / Go-mois</translation>
    </message>
    <message>
        <source>Egress / GB</source>
        <translation>Trafic sortant / Go</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Réputation</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
</context>
<context>
    <name>fb::PaymentService</name>
    <message>
        <source>No payment details for a deal</source>
        <translation>Aucun détail de paiement pour un accord</translation>
    </message>
    <message>
        <source>The platform refused the payment</source>
        <translation>La plateforme a refusé le paiement</translation>
    </message>
    <message>
        <source>Reading the deal&apos;s payments</source>
        <translation>Lecture des paiements de l’accord</translation>
    </message>
    <message>
        <source>The platform&apos;s checkout is not available</source>
        <translation>La page de paiement de la plateforme n’est pas disponible</translation>
    </message>
    <message>
        <source>no checkout address</source>
        <translation>aucune adresse de page de paiement</translation>
    </message>
</context>
<context>
    <name>fb::PaymentsModel</name>
    <message>
        <source>Deposit</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Versement</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Slash</source>
        <translation>Pénalité</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Deal %1</source>
        <translation>Accord %1</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
</context>
<context>
    <name>fb::ProviderDashboardModels</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>All offers</source>
        <translation>Toutes les offres</translation>
    </message>
    <message>
        <source>Held for deals that are pending or accepted but not paid yet; released when they expire.</source>
        <translation>Réservé aux accords en attente ou acceptés mais pas encore payés ; libéré à leur expiration.</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendu</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Sold share</source>
        <translation>Part vendue</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Libéré</translation>
    </message>
    <message>
        <source>Slashed</source>
        <translation>Pénalisé</translation>
    </message>
    <message>
        <source>Platform fees</source>
        <translation>Frais de plateforme</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>No evidence attached</source>
        <translation>Aucune preuve jointe</translation>
    </message>
    <message>
        <source>No QoS sample since the deal started</source>
        <translation>Aucune mesure de QoS depuis le début de l&apos;accord</translation>
    </message>
    <message>
        <source>Uptime %1 (target %2), %3 samples</source>
        <translation>Disponibilité %1 (objectif %2), %3 mesures</translation>
    </message>
    <message>
        <source>The platform attached no evidence to this dispute.</source>
        <translation>La plateforme n&apos;a joint aucune preuve à ce litige.</translation>
    </message>
    <message>
        <source>QoS of the offer since the deal started: %1 of %2 probes succeeded.</source>
        <translation>QoS de l&apos;offre depuis le début de l&apos;accord : %1 sondes réussies sur %2.</translation>
    </message>
    <message>
        <source>Measured uptime %1 against a target of %2.</source>
        <translation>Disponibilité mesurée %1 pour un objectif de %2.</translation>
    </message>
    <message>
        <source>No latency measured (target %1 ms).</source>
        <translation>Aucune latence mesurée (objectif %1 ms).</translation>
    </message>
    <message>
        <source>Mean latency %1 ms against a target of %2 ms.</source>
        <translation>Latence moyenne %1 ms pour un objectif de %2 ms.</translation>
    </message>
    <message>
        <source>The deal&apos;s own compliance: %1.</source>
        <translation>Conformité propre de l&apos;accord : %1.</translation>
    </message>
    <message>
        <source>Over this window the offer met its targets.</source>
        <translation>Sur cette période, l&apos;offre a atteint ses objectifs.</translation>
    </message>
    <message>
        <source>Over this window the offer missed its targets.</source>
        <translation>Sur cette période, l&apos;offre a manqué ses objectifs.</translation>
    </message>
    <message>
        <source>Of the last %1 probes, %2 failed.</source>
        <translation>Sur les %1 dernières sondes, %2 ont échoué.</translation>
    </message>
    <message>
        <source>Your response (%1):
%2</source>
        <translation>Votre réponse (%1) :
%2</translation>
    </message>
    <message>
        <source>Resolved: %1.</source>
        <translation>Résolu : %1.</translation>
    </message>
    <message>
        <source>Resolved: %1. %2</source>
        <translation>Résolu : %1. %2</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Résolu : %1</translation>
    </message>
    <message>
        <source>Open, awaiting your response</source>
        <translation>Ouvert, en attente de votre réponse</translation>
    </message>
    <message>
        <source>Open, answered</source>
        <translation>Ouvert, répondu</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
</context>
<context>
    <name>fb::ProviderDealsModel</name>
    <message>
        <source>Awaiting your answer</source>
        <translation>En attente de votre réponse</translation>
    </message>
    <message>
        <source>Accepted, awaiting payment</source>
        <translation>Accepté, en attente de paiement</translation>
    </message>
    <message>
        <source>Paid, ready to activate</source>
        <translation>Payé, prêt à activer</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Breached (provider)</source>
        <translation>Manquement (fournisseur)</translation>
    </message>
    <message>
        <source>Breached (consumer)</source>
        <translation>Manquement (client)</translation>
    </message>
    <message>
        <source>Expired unpaid</source>
        <translation>Expiré sans paiement</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>The consumer&apos;s account: %1</source>
        <translation>Compte du client : %1</translation>
    </message>
    <message>
        <source>Shard %1 of %2: any %3 shards rebuild the consumer&apos;s data.</source>
        <translation>Fragment %1 sur %2 : %3 fragments quelconques reconstruisent les données du client.</translation>
    </message>
    <message>
        <source>What the consumer pays: storage %1 + egress %2 + platform fee %3.</source>
        <translation>Ce que paie le client : stockage %1 + trafic sortant %2 + frais de plateforme %3.</translation>
    </message>
    <message>
        <source>What you earn at full QoS: the price minus the platform fee. Missed QoS targets withhold part of it.</source>
        <translation>Ce que vous gagnez avec une QoS complète : le prix moins les frais de plateforme. Les objectifs de QoS manqués en retiennent une partie.</translation>
    </message>
    <message>
        <source>The term ends %1.</source>
        <translation>La période se termine le %1.</translation>
    </message>
    <message>
        <source>An unpaid deal expires about an hour after it was created (the node&apos;s default) and gives its capacity back.</source>
        <translation>Un accord impayé expire environ une heure après sa création (valeur par défaut du nœud) et libère sa capacité.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Only copy</source>
        <translation>Copie unique</translation>
    </message>
    <message>
        <source>Shard %1 of %2</source>
        <translation>Fragment %1 sur %2</translation>
    </message>
    <message>
        <source>Awaiting payment: time until the deal expires unpaid. Active: time left in the term.</source>
        <translation>En attente de paiement : délai avant l&apos;expiration de l&apos;accord impayé. Actif : temps restant de la période.</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Egress</source>
        <translation>Trafic sortant</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>You earn</source>
        <translation>Vous gagnez</translation>
    </message>
    <message>
        <source>QoS targets</source>
        <translation>Objectifs de QoS</translation>
    </message>
    <message>
        <source>Expires / time left</source>
        <translation>Expiration / temps restant</translation>
    </message>
    <message>
        <source>%1 up, %2 ms</source>
        <translation>%1 disponible, %2 ms</translation>
    </message>
    <message>
        <source>Redundancy role: the only copy, or which shard of the consumer&apos;s data you keep (any k of the n shards rebuild it).</source>
        <translation>Rôle de redondance : la seule copie, ou le fragment des données du client que vous conservez (k fragments quelconques parmi les n les reconstruisent).</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
</context>
<context>
    <name>fb::ProviderOffersModel</name>
    <message>
        <source>Published: consumers find it in the Marketplace. You can edit or withdraw it.</source>
        <translation>Publiée : les clients la trouvent sur la place de marché. Vous pouvez la modifier ou la retirer.</translation>
    </message>
    <message>
        <source>Locked while an SLA uses it: its terms cannot change until the deal ends.</source>
        <translation>Verrouillée tant qu&apos;un SLA l&apos;utilise : ses conditions ne peuvent pas changer avant la fin de l&apos;accord.</translation>
    </message>
    <message>
        <source>Locked by %1: its terms cannot change until these deals end.</source>
        <translation>Verrouillée par %1 : ses conditions ne peuvent pas changer avant la fin de ces accords.</translation>
    </message>
    <message>
        <source>%1 /GB-month</source>
        <translation>%1 /Go-mois</translation>
    </message>
    <message>
        <source>%1 /GB</source>
        <translation>%1 /Go</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillée</translation>
    </message>
    <message>
        <source>Locked by %1</source>
        <translation>Verrouillée par %1</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>QoS tier</source>
        <translation>Niveau de QoS</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Egress</source>
        <translation>Trafic sortant</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>fb::ProviderService</name>
    <message>
        <source>Reading your account</source>
        <translation>Lecture de votre compte</translation>
    </message>
    <message>
        <source>The platform did not register you</source>
        <translation>La plateforme n’a pas effectué votre inscription</translation>
    </message>
    <message>
        <source>The platform did not save your provider record</source>
        <translation>La plateforme n’a pas enregistré votre fiche de fournisseur</translation>
    </message>
    <message>
        <source>The platform did not take the certification request</source>
        <translation>La plateforme n’a pas pris en compte la demande de certification</translation>
    </message>
    <message>
        <source>Reading your offers</source>
        <translation>Lecture de vos offres</translation>
    </message>
    <message>
        <source>The platform did not publish the offer</source>
        <translation>La plateforme n’a pas publié l’offre</translation>
    </message>
    <message>
        <source>The platform did not change the offer</source>
        <translation>La plateforme n’a pas modifié l’offre</translation>
    </message>
    <message>
        <source>The platform did not withdraw the offer</source>
        <translation>La plateforme n’a pas retiré l’offre</translation>
    </message>
    <message>
        <source>Reading the deals on your offers</source>
        <translation>Lecture des accords sur vos offres</translation>
    </message>
    <message>
        <source>The consumer&apos;s account %1 is not a Stellar account key.</source>
        <translation>Le compte %1 du client n’est pas une clé de compte Stellar.</translation>
    </message>
    <message>
        <source>The sealing library did not start.</source>
        <translation>La bibliothèque de scellement n’a pas démarré.</translation>
    </message>
    <message>
        <source>The consumer&apos;s account %1 cannot receive sealed access.</source>
        <translation>Le compte %1 du client ne peut pas recevoir d’accès scellé.</translation>
    </message>
    <message>
        <source>Sealing the storage access failed.</source>
        <translation>Le scellement de l’accès au stockage a échoué.</translation>
    </message>
    <message>
        <source>The platform did not accept the deal</source>
        <translation>La plateforme n’a pas accepté l’accord</translation>
    </message>
    <message>
        <source>The platform did not reject the deal</source>
        <translation>La plateforme n’a pas refusé l’accord</translation>
    </message>
    <message>
        <source>The platform did not activate the deal</source>
        <translation>La plateforme n’a pas activé l’accord</translation>
    </message>
    <message>
        <source>Reading the deal&apos;s service quality</source>
        <translation>Lecture de la qualité de service de l’accord</translation>
    </message>
    <message>
        <source>Reading your disputes</source>
        <translation>Lecture de vos litiges</translation>
    </message>
    <message>
        <source>Reading your notifications</source>
        <translation>Lecture de vos notifications</translation>
    </message>
    <message>
        <source>The notification was not marked as read</source>
        <translation>La notification n’a pas été marquée comme lue</translation>
    </message>
    <message>
        <source>Reading your payout addresses</source>
        <translation>Lecture de vos adresses de versement</translation>
    </message>
    <message>
        <source>The payout addresses were not saved</source>
        <translation>Les adresses de versement n’ont pas été enregistrées</translation>
    </message>
    <message>
        <source>The certification was not approved</source>
        <translation>La certification n’a pas été approuvée</translation>
    </message>
    <message>
        <source>The certification was not rejected</source>
        <translation>La certification n’a pas été refusée</translation>
    </message>
    <message>
        <source>Set up your storage endpoint before accepting deals.</source>
        <translation>Configurez votre point de stockage avant d&apos;accepter des accords.</translation>
    </message>
    <message>
        <source>Reading the offer&apos;s service quality</source>
        <translation>Lecture de la qualité de service de l&apos;offre</translation>
    </message>
    <message>
        <source>The platform did not take your response</source>
        <translation>La plateforme n&apos;a pas accepté votre réponse</translation>
    </message>
</context>
<context>
    <name>fb::ProvidersModel</name>
    <message>
        <source>Certified</source>
        <translation>Certifié</translation>
    </message>
    <message>
        <source>Certified (%1)</source>
        <translation>Certifié (%1)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Not certified</source>
        <translation>Non certifié</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Réputation</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <source>Certified until</source>
        <translation>Certifié jusqu’au</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Certified until %1</source>
        <translation>Certifié jusqu’au %1</translation>
    </message>
    <message>
        <source>Certified (%1) until %2</source>
        <translation>Certifié (%1) jusqu&apos;au %2</translation>
    </message>
</context>
<context>
    <name>fb::PurchaseSession</name>
    <message>
        <source>Not connected to a platform node; check Settings.</source>
        <translation>Non connecté à un nœud de plateforme ; vérifiez les Paramètres.</translation>
    </message>
    <message>
        <source>Set up a wallet first: it is your account on the platform.</source>
        <translation>Configurez d’abord un portefeuille : c’est votre compte sur la plateforme.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Not signed. Nothing was paid; press Pay to review the payments again.</source>
        <translation>Non signé. Rien n’a été payé ; appuyez sur Payer pour revoir les paiements.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was paid; deals already created stay pending on the SLAs page.</source>
        <translation>Arrêté. Rien n’a été payé ; les accords déjà créés restent en attente sur la page SLA.</translation>
    </message>
    <message>
        <source>Reading your agreement…</source>
        <translation>Lecture de votre contrat…</translation>
    </message>
    <message numerus="yes">
        <source>Creating the agreement with %n provider(s)…</source>
        <translation>
            <numerusform>Création du contrat avec %n fournisseur…</numerusform>
            <numerusform>Création du contrat avec %n fournisseurs…</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking for payment details (%1 of %2)…</source>
        <translation>Demande des détails de paiement (%1 sur %2)…</translation>
    </message>
    <message>
        <source>Preparing the payments…</source>
        <translation>Préparation des paiements…</translation>
    </message>
    <message>
        <source>Waiting for your signature…</source>
        <translation>En attente de votre signature…</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Signature…</translation>
    </message>
    <message>
        <source>Sending payment %1 of %2…</source>
        <translation>Envoi du paiement %1 sur %2…</translation>
    </message>
    <message>
        <source>Payment %1 was refused: %2</source>
        <translation>Le paiement %1 a été refusé : %2</translation>
    </message>
    <message>
        <source>Opening the checkout (%1 of %2)…</source>
        <translation>Ouverture de la page de paiement (%1 sur %2)…</translation>
    </message>
    <message>
        <source>Card payment %1 of %2</source>
        <translation>Paiement par carte %1 sur %2</translation>
    </message>
    <message>
        <source>Paid by card. The escrow holds your payment.</source>
        <translation>Payé par carte. Le compte séquestre détient votre paiement.</translation>
    </message>
    <message>
        <source>Paid. The escrow holds your payment.</source>
        <translation>Payé. Le compte séquestre détient votre paiement.</translation>
    </message>
    <message>
        <source>The providers have not accepted yet; you will pay once they do (SLAs page).</source>
        <translation>Les fournisseurs n’ont pas encore accepté ; vous paierez dès qu’ils l’auront fait (page SLA).</translation>
    </message>
    <message>
        <source>Stopped following the payment. It was sent: the deal turns Funded once the network confirms it, and the SLAs page shows it.</source>
        <translation>Suivi du paiement arrêté. Il a été envoyé : l&apos;accord passe à Financé dès que le réseau le confirme, et la page SLA l&apos;affiche.</translation>
    </message>
    <message>
        <source>Your balance (%1) does not cover the payments and their network fees (%2).</source>
        <translation>Votre solde (%1) ne couvre pas les paiements et leurs frais de réseau (%2).</translation>
    </message>
    <message>
        <source>Add %1 to your wallet, then press Pay again.</source>
        <translation>Ajoutez des %1 à votre portefeuille, puis appuyez de nouveau sur Payer.</translation>
    </message>
    <message>
        <source>The node asked for %1 instead of %2; press Pay again.</source>
        <translation>Le nœud a demandé %1 au lieu de %2 ; appuyez de nouveau sur Payer.</translation>
    </message>
    <message>
        <source>This wallet has no Algorand account (it holds a single Stellar key). Pay with XLM or by card.</source>
        <translation>Ce portefeuille n&apos;a pas de compte Algorand (il ne contient qu&apos;une clé Stellar). Payez en XLM ou par carte.</translation>
    </message>
    <message>
        <source>Your wallet&apos;s Algorand account is not known yet: unlock it once with &quot;Show my addresses&quot;, then press Pay again.</source>
        <translation>Le compte Algorand de votre portefeuille n&apos;est pas encore connu : déverrouillez-le une fois avec « Afficher mes adresses », puis appuyez de nouveau sur Payer.</translation>
    </message>
    <message>
        <source>The node&apos;s payment details lack the Algorand network; press Pay again.</source>
        <translation>Les détails de paiement du nœud n&apos;indiquent pas le réseau Algorand ; appuyez de nouveau sur Payer.</translation>
    </message>
    <message>
        <source>This wallet has no Bitcoin account (it has no recovery phrase). Pay with XLM or by card.</source>
        <translation>Ce portefeuille n&apos;a pas de compte Bitcoin (il n&apos;a pas de phrase de récupération). Payez en XLM ou par carte.</translation>
    </message>
    <message>
        <source>Your wallet&apos;s Bitcoin account is not known yet: unlock it once with &quot;Show my addresses&quot;, then press Pay again.</source>
        <translation>Le compte Bitcoin de votre portefeuille n&apos;est pas encore connu : déverrouillez-le une fois avec « Afficher mes adresses », puis appuyez de nouveau sur Payer.</translation>
    </message>
    <message>
        <source>The node&apos;s payment details lack the Bitcoin escrow; press Pay again.</source>
        <translation>Les détails de paiement du nœud n&apos;indiquent pas le séquestre Bitcoin ; appuyez de nouveau sur Payer.</translation>
    </message>
    <message>
        <source>Bitcoin development network (testnet addresses)</source>
        <translation>Réseau de développement Bitcoin (adresses testnet)</translation>
    </message>
    <message>
        <source>This wallet has no Starknet account: it was made from a single Stellar key, without a recovery phrase, and a Starknet key comes from the phrase. Pay with XLM or by card, or set up a wallet with a recovery phrase for STRK.</source>
        <translation>Ce portefeuille n&apos;a pas de compte Starknet : il a été créé à partir d&apos;une seule clé Stellar, sans phrase de récupération, or une clé Starknet découle de cette phrase. Payez en XLM ou par carte, ou configurez un portefeuille avec une phrase de récupération pour STRK.</translation>
    </message>
    <message>
        <source>Your Starknet account %1 holds STRK but is not deployed yet, so it cannot send. &quot;Get development STRK&quot; deploys it (with your wallet&apos;s public key); then press Pay again.</source>
        <translation>Votre compte Starknet %1 détient des STRK mais n&apos;est pas encore déployé, il ne peut donc pas envoyer. « Obtenir des STRK de développement » le déploie (avec la clé publique de votre portefeuille) ; appuyez ensuite de nouveau sur Payer.</translation>
    </message>
    <message>
        <source>Your Starknet account %1 is not deployed yet, so it cannot send. Deploy it from a Starknet wallet, then press Pay again.</source>
        <translation>Votre compte Starknet %1 n&apos;est pas encore déployé, il ne peut donc pas envoyer. Déployez-le depuis un portefeuille Starknet, puis appuyez de nouveau sur Payer.</translation>
    </message>
    <message>
        <source>The node&apos;s payment details lack a valid Starknet deposit address, chain or STRK contract; press Pay again.</source>
        <translation>Les détails de paiement du nœud n&apos;ont pas d&apos;adresse de dépôt, de chaîne ou de contrat STRK Starknet valide ; appuyez de nouveau sur Payer.</translation>
    </message>
    <message>
        <source>Starknet development network (%1)</source>
        <translation>Réseau de développement Starknet (%1)</translation>
    </message>
    <message>
        <source>the development network does not meter gas: no fee is charged</source>
        <translation>le réseau de développement ne mesure pas le gaz : aucuns frais ne sont prélevés</translation>
    </message>
    <message>
        <source>none on Starknet; the deposit address is this payment&apos;s own (%1)</source>
        <translation>aucun sur Starknet ; l&apos;adresse de dépôt est propre à ce paiement (%1)</translation>
    </message>
    <message>
        <source>The payment details for payment %1 of %2 expired before it reached the node; nothing was taken for it. Press Pay again: the wallet asks for fresh details.</source>
        <translation>Les détails du paiement %1 sur %2 ont expiré avant qu&apos;il n&apos;atteigne le nœud ; rien n&apos;a été prélevé. Appuyez de nouveau sur Payer : le portefeuille demande de nouveaux détails.</translation>
    </message>
    <message>
        <source>The node refused payment %1 of %2: %3 Nothing was taken for it; press Pay to build it again.</source>
        <translation>Le nœud a refusé le paiement %1 sur %2 : %3 Rien n&apos;a été prélevé ; appuyez sur Payer pour le reconstruire.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier payment(s) went through. </source>
        <translation>
            <numerusform>%n paiement précédent a abouti. </numerusform>
            <numerusform>%n paiements précédents ont abouti. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payment sent. Waiting for the Bitcoin network to confirm it (%n confirmation(s) needed; the development network adds a block every few seconds)…</source>
        <translation>
            <numerusform>Paiement envoyé. En attente de confirmation par le réseau Bitcoin (%n confirmation nécessaire ; le réseau de développement ajoute un bloc toutes les quelques secondes)…</numerusform>
            <numerusform>Paiement envoyé. En attente de confirmation par le réseau Bitcoin (%n confirmations nécessaires ; le réseau de développement ajoute un bloc toutes les quelques secondes)…</numerusform>
        </translation>
    </message>
    <message>
        <source>A deal ended %1 before its payment was confirmed; the escrow returns what it received (the SLAs page shows the refund).</source>
        <translation>Un accord s&apos;est terminé (%1) avant la confirmation de son paiement ; le séquestre restitue ce qu&apos;il a reçu (la page SLA affiche le remboursement).</translation>
    </message>
    <message numerus="yes">
        <source>Storage agreement: %1 for %n day(s)</source>
        <translation>
            <numerusform>Contrat de stockage : %1 pour %n jour</numerusform>
            <numerusform>Contrat de stockage : %1 pour %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, a full copy with each of %n provider(s)</source>
        <translation>
            <numerusform>, une copie complète chez %n fournisseur</numerusform>
            <numerusform>, une copie complète chez chacun des %n fournisseurs</numerusform>
        </translation>
    </message>
    <message>
        <source>, in %1 shards of which any %2 rebuild it</source>
        <translation>, en %1 fragments dont %2 quelconques suffisent à le reconstruire</translation>
    </message>
    <message>
        <source>, %1 of downloads included</source>
        <translation>, %1 de téléchargements inclus</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>Providers: %1</source>
        <translation>Fournisseurs : %1</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Prix : %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>This payment: %1, payment %2 of %3, for deal %4</source>
        <translation>Ce paiement : %1, paiement %2 sur %3, pour l&apos;accord %4</translation>
    </message>
    <message>
        <source>Agreement %1</source>
        <translation>Contrat %1</translation>
    </message>
    <message>
        <source>No payment is waiting for a signature now.</source>
        <translation>Aucun paiement n&apos;attend de signature pour l&apos;instant.</translation>
    </message>
    <message>
        <source>This is a %1 transaction; the payment is in %2. Import the file or QR frames the signer wrote for this payment.</source>
        <translation>Il s&apos;agit d&apos;une transaction %1 ; le paiement est en %2. Importez le fichier ou les images QR que le signataire a écrits pour ce paiement.</translation>
    </message>
    <message>
        <source>This signed transaction is not one of the payments exported for this agreement (or it was changed): transaction %1. Export again and sign what was exported.</source>
        <translation>Cette transaction signée ne fait pas partie des paiements exportés pour ce contrat (ou elle a été modifiée) : transaction %1. Exportez de nouveau et signez ce qui a été exporté.</translation>
    </message>
    <message>
        <source>%1 of %2 payments are signed: import the others first.</source>
        <translation>%1 paiements sur %2 sont signés : importez d&apos;abord les autres.</translation>
    </message>
    <message>
        <source>Your %1 balance (%2) does not cover %3 for the storage plus about %4 of network fees: %5 is missing.</source>
        <translation>Votre solde %1 (%2) ne couvre pas %3 pour le stockage plus environ %4 de frais de réseau : il manque %5.</translation>
    </message>
    <message>
        <source>Get test funds (free, no value) below, then pay.</source>
        <translation>Obtenez des fonds de test (gratuits, sans valeur) ci-dessous, puis payez.</translation>
    </message>
    <message>
        <source>Add %1 to your wallet, then pay.</source>
        <translation>Ajoutez %1 à votre portefeuille, puis payez.</translation>
    </message>
    <message>
        <source>Get test funds (%1, free, no value), then press Pay again.</source>
        <translation>Obtenez des fonds de test (%1, gratuits, sans valeur), puis appuyez de nouveau sur Payer.</translation>
    </message>
    <message>
        <source>Payment %1</source>
        <translation>Paiement %1</translation>
    </message>
    <message>
        <source>Payment %1 of %2</source>
        <translation>Paiement %1 sur %2</translation>
    </message>
    <message>
        <source>The payment</source>
        <translation>Le paiement</translation>
    </message>
    <message>
        <source>Made at %1</source>
        <translation>Conclu le %1</translation>
    </message>
    <message>
        <source>Payment %1 of %2: %3 for deal %4
Transaction %5</source>
        <translation>Paiement %1 sur %2 : %3 pour l&apos;accord %4
Transaction %5</translation>
    </message>
</context>
<context>
    <name>fb::ServiceVendorsModel</name>
    <message>
        <source>Vendor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Réputation</translation>
    </message>
</context>
<context>
    <name>fb::Services</name>
    <message>
        <source>Check the connection, or the node address in Settings.</source>
        <translation>Vérifiez la connexion ou l’adresse du nœud dans les Paramètres.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Sign in again with your wallet.</source>
        <translation>Reconnectez-vous avec votre portefeuille.</translation>
    </message>
    <message>
        <source>Request certification on the Provider page and wait for an admin&apos;s approval.</source>
        <translation>Demandez la certification sur la page Fournisseur et attendez l’approbation d’un administrateur.</translation>
    </message>
    <message>
        <source>Wait until the agreements on it end, or publish a changed copy as a new offer.</source>
        <translation>Attendez la fin des contrats qui la concernent, ou publiez une copie modifiée comme nouvelle offre.</translation>
    </message>
    <message>
        <source>Refresh to see the existing record and change that one.</source>
        <translation>Actualisez pour voir l’enregistrement existant, puis modifiez-le.</translation>
    </message>
    <message>
        <source>Your account may not do this.</source>
        <translation>Votre compte n’est pas autorisé à effectuer cette action.</translation>
    </message>
    <message>
        <source>It may have been removed; refresh and try again.</source>
        <translation>L’élément a peut-être été supprimé ; actualisez et réessayez.</translation>
    </message>
    <message>
        <source>The node may run another version; check Settings.</source>
        <translation>Le nœud utilise peut-être une autre version ; vérifiez les Paramètres.</translation>
    </message>
    <message>
        <source>The node is busy; wait a moment and try again.</source>
        <translation>Le nœud est occupé ; patientez un instant et réessayez.</translation>
    </message>
    <message>
        <source>The node failed; try again later.</source>
        <translation>Le nœud a rencontré une erreur ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Unknown failure.</source>
        <translation>Erreur inconnue.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: the node&apos;s reply cannot be read (%2). The node may run another version; check Settings.</source>
        <translation>%1 : la réponse du nœud est illisible (%2). Le nœud utilise peut-être une autre version ; vérifiez les Paramètres.</translation>
    </message>
    <message>
        <source>Not connected to a platform node; check the node address in Settings.</source>
        <translation>Non connecté à un nœud de plateforme ; vérifiez l’adresse du nœud dans les Paramètres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list.</source>
        <translation>« %1 » n’est pas une liste.</translation>
    </message>
    <message>
        <source>an entry is not an object.</source>
        <translation>une entrée n’est pas un objet.</translation>
    </message>
</context>
<context>
    <name>fb::SlaTreeModel</name>
    <message>
        <source>Awaiting payment</source>
        <translation>En attente de paiement</translation>
    </message>
    <message>
        <source>%1, the rest awaiting payment</source>
        <translation>%1, le reste en attente de paiement</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Non payé</translation>
    </message>
    <message>
        <source>Stored in the Files page under this agreement / the size agreed with each provider</source>
        <translation>Stocké sous ce contrat dans la page Fichiers / taille convenue avec chaque fournisseur</translation>
    </message>
    <message numerus="yes">
        <source>Agreement with %n provider(s)</source>
        <translation>
            <numerusform>Contrat avec %n fournisseur</numerusform>
            <numerusform>Contrat avec %n fournisseurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Deposited into escrow for this deal (%1)</source>
        <translation>Déposé sur le compte séquestre pour cet accord (%1)</translation>
    </message>
    <message>
        <source>The provider has not accepted yet; you pay once it does.</source>
        <translation>Le fournisseur n’a pas encore accepté ; vous paierez dès qu’il l’aura fait.</translation>
    </message>
    <message>
        <source>Accepted by the provider: pay to fund the escrow.</source>
        <translation>Accepté par le fournisseur : payez pour alimenter le compte séquestre.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), not started</source>
        <translation>
            <numerusform>%n jour, non commencé</numerusform>
            <numerusform>%n jours, non commencé</numerusform>
        </translation>
    </message>
    <message>
        <source>no samples yet</source>
        <translation>pas encore d’échantillons</translation>
    </message>
    <message>
        <source>Agreement / provider</source>
        <translation>Contrat / fournisseur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Used / agreed</source>
        <translation>Utilisé / convenu</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>%1 (agreement %2). F2 renames it.</source>
        <translation>%1 (contrat %2). F2 pour le renommer.</translation>
    </message>
    <message>
        <source>%1 (≈ %2)</source>
        <translation>%1 (≈ %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>fb::SyncEngine</name>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Syncing %1 %</source>
        <translation>Synchronisation %1 %</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Sync error: %1</source>
        <translation>Erreur de synchronisation : %1</translation>
    </message>
</context>
<context>
    <name>fb::WalletAccountsModel</name>
    <message>
        <source>Stellar</source>
        <translation>Stellar</translation>
    </message>
    <message>
        <source>Algorand</source>
        <translation>Algorand</translation>
    </message>
    <message>
        <source>Bitcoin</source>
        <translation>Bitcoin</translation>
    </message>
    <message>
        <source>Starknet</source>
        <translation>Starknet</translation>
    </message>
    <message>
        <source>Watch-only: this wallet holds no key for this address.</source>
        <translation>Lecture seule : ce portefeuille ne détient aucune clé pour cette adresse.</translation>
    </message>
    <message>
        <source>%1 (%2), watch-only</source>
        <translation>%1 (%2), lecture seule</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>indisponible</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Not connected to a platform node: balances are unavailable.</source>
        <translation>Non connecté à un nœud de la plateforme : les soldes sont indisponibles.</translation>
    </message>
</context>
<context>
    <name>fb::WalletHistoryModel</name>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Faucet</source>
        <translation>Faucet</translation>
    </message>
    <message>
        <source>Deal deposit received</source>
        <translation>Dépôt d&apos;accord reçu</translation>
    </message>
    <message>
        <source>Deal payment</source>
        <translation>Paiement d&apos;accord</translation>
    </message>
    <message>
        <source>Deal earnings</source>
        <translation>Gains d&apos;accord</translation>
    </message>
    <message>
        <source>Deal release</source>
        <translation>Libération d&apos;accord</translation>
    </message>
    <message>
        <source>Deal refund</source>
        <translation>Remboursement d&apos;accord</translation>
    </message>
    <message>
        <source>Refund paid</source>
        <translation>Remboursement versé</translation>
    </message>
    <message>
        <source>Deal penalty received</source>
        <translation>Pénalité d&apos;accord reçue</translation>
    </message>
    <message>
        <source>Deal penalty</source>
        <translation>Pénalité d&apos;accord</translation>
    </message>
    <message>
        <source>Platform fee</source>
        <translation>Frais de plateforme</translation>
    </message>
    <message>
        <source>Transaction %1</source>
        <translation>Transaction %1</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 n° %2</translation>
    </message>
    <message>
        <source>development faucet</source>
        <translation>faucet de développement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>From / to</source>
        <translation>De / vers</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Mémo</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Not connected to a platform node: the history is unavailable.</source>
        <translation>Non connecté à un nœud de la plateforme : l&apos;historique est indisponible.</translation>
    </message>
    <message>
        <source>Deal %1. Double-click to open the agreement.</source>
        <translation>Accord %1. Double-cliquez pour ouvrir le contrat.</translation>
    </message>
</context>
<context>
    <name>fb::WalletLedger</name>
    <message>
        <source>The ledger&apos;s reply has no valid &quot;%1&quot;.</source>
        <translation>La réponse du registre ne contient pas de « %1 » valide.</translation>
    </message>
</context>
<context>
    <name>fb::WalletSecurity</name>
    <message>
        <source>There is no wallet to unlock.</source>
        <translation>Aucun portefeuille à déverrouiller.</translation>
    </message>
    <message>
        <source>The wallet was locked meanwhile.</source>
        <translation>Le portefeuille a été verrouillé entre-temps.</translation>
    </message>
</context>
<context>
    <name>fb::WalletSend</name>
    <message>
        <source>&quot;%1&quot; is not a Stellar address: it starts with G and has 56 characters.</source>
        <translation>« %1 » n&apos;est pas une adresse Stellar : elle commence par G et compte 56 caractères.</translation>
    </message>
    <message>
        <source>The payment would go back to the account it comes from.</source>
        <translation>Le paiement retournerait au compte d&apos;où il provient.</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>Saisissez un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source>A Stellar memo holds at most 28 bytes; shorten it.</source>
        <translation>Un mémo Stellar contient au plus 28 octets ; raccourcissez-le.</translation>
    </message>
    <message>
        <source>Preparing the payment…</source>
        <translation>Préparation du paiement…</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Signature…</translation>
    </message>
    <message>
        <source>Sending to the ledger…</source>
        <translation>Envoi au registre…</translation>
    </message>
    <message>
        <source>Sent; waiting for the ledger to confirm it…</source>
        <translation>Envoyé ; en attente de confirmation par le registre…</translation>
    </message>
    <message>
        <source>Confirmed by the ledger (transaction %1).</source>
        <translation>Confirmé par le registre (transaction %1).</translation>
    </message>
    <message>
        <source>Not connected to a platform node.</source>
        <translation>Non connecté à un nœud de la plateforme.</translation>
    </message>
    <message>
        <source>The account %1 has no funds on the ledger yet.</source>
        <translation>Le compte %1 n&apos;a pas encore de fonds sur le registre.</translation>
    </message>
    <message>
        <source>The account holds %1 XLM; the payment and its fee need %2 XLM.</source>
        <translation>Le compte détient %1 XLM ; le paiement et ses frais nécessitent %2 XLM.</translation>
    </message>
    <message>
        <source>The ledger took the payment (transaction %1) but has not listed it yet; look for it in the history later.</source>
        <translation>Le registre a accepté le paiement (transaction %1) mais ne l&apos;a pas encore listé ; consultez l&apos;historique plus tard.</translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s address.</source>
        <translation>Saisissez l&apos;adresse du destinataire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Algorand address: 58 characters, capital letters and digits 2 to 7, ending in a checksum (%2).</source>
        <translation>« %1 » n&apos;est pas une adresse Algorand : 58 caractères, lettres majuscules et chiffres de 2 à 7, terminés par une somme de contrôle (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a Bitcoin mainnet address; the development network takes testnet addresses (tb1q…).</source>
        <translation>« %1 » est une adresse Bitcoin du réseau principal ; le réseau de développement accepte les adresses testnet (tb1q…).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Bitcoin address of the development network: it starts with tb1q (%2).</source>
        <translation>« %1 » n&apos;est pas une adresse Bitcoin du réseau de développement : elle commence par tb1q (%2).</translation>
    </message>
    <message>
        <source>Send to a native segwit address (tb1q…, P2WPKH); &quot;%1&quot; is another kind.</source>
        <translation>Envoyez à une adresse segwit native (tb1q…, P2WPKH) ; « %1 » est d&apos;un autre type.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Starknet address: 0x and up to 64 hexadecimal digits.</source>
        <translation>« %1 » n&apos;est pas une adresse Starknet : 0x suivi d&apos;au plus 64 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>Sending from %1 accounts is not available.</source>
        <translation>L&apos;envoi depuis des comptes %1 n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>The sending account %1 is not an address of its chain.</source>
        <translation>Le compte d&apos;envoi %1 n&apos;est pas une adresse de sa chaîne.</translation>
    </message>
    <message>
        <source>Send at least %1 BTC (%2 sat): a smaller output is dust that Bitcoin nodes do not relay.</source>
        <translation>Envoyez au moins %1 BTC (%2 sat) : une sortie plus petite est de la poussière (dust) que les nœuds Bitcoin ne relaient pas.</translation>
    </message>
    <message>
        <source>A %1 transfer carries no memo; leave it empty.</source>
        <translation>Un transfert %1 ne porte pas de mémo ; laissez-le vide.</translation>
    </message>
    <message>
        <source>The note holds at most %1 bytes; shorten it.</source>
        <translation>La note contient au plus %1 octets ; raccourcissez-la.</translation>
    </message>
    <message>
        <source>Review the payment and sign it with your password. Network fee: %1.</source>
        <translation>Vérifiez le paiement et signez-le avec votre mot de passe. Frais de réseau : %1.</translation>
    </message>
    <message numerus="yes">
        <source>Sent; unconfirmed (%n confirmation(s)): waiting for the next Bitcoin block…</source>
        <translation>
            <numerusform>Envoyé ; non confirmé (%n confirmation) : en attente du prochain bloc Bitcoin…</numerusform>
            <numerusform>Envoyé ; non confirmé (%n confirmations) : en attente du prochain bloc Bitcoin…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirmed in a Bitcoin block, %n confirmation(s) (transaction %1).</source>
        <translation>
            <numerusform>Confirmé dans un bloc Bitcoin, %n confirmation (transaction %1).</numerusform>
            <numerusform>Confirmé dans un bloc Bitcoin, %n confirmations (transaction %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The account holds %1; the payment and its fee need %2.</source>
        <translation>Le compte détient %1 ; le paiement et ses frais nécessitent %2.</translation>
    </message>
    <message>
        <source>The ledger did not name its Algorand network (genesis and round).</source>
        <translation>Le registre n&apos;a pas indiqué son réseau Algorand (genèse et round).</translation>
    </message>
    <message>
        <source>Not an Algorand address.</source>
        <translation>Pas une adresse Algorand.</translation>
    </message>
    <message>
        <source>%1 (development network)</source>
        <translation>%1 (réseau de développement)</translation>
    </message>
    <message>
        <source>This wallet has no Bitcoin account (it has no recovery phrase).</source>
        <translation>Ce portefeuille n&apos;a pas de compte Bitcoin (il n&apos;a pas de phrase de récupération).</translation>
    </message>
    <message>
        <source>The account holds %1; the payment and its fee (%2 sat/vB) need about %3.</source>
        <translation>Le compte détient %1 ; le paiement et ses frais (%2 sat/vB) nécessitent environ %3.</translation>
    </message>
    <message>
        <source>Bitcoin development network (testnet addresses)</source>
        <translation>Réseau de développement Bitcoin (adresses testnet)</translation>
    </message>
    <message>
        <source>This wallet has no Starknet account: a Starknet key comes from a recovery phrase.</source>
        <translation>Ce portefeuille n&apos;a pas de compte Starknet : une clé Starknet provient d&apos;une phrase de récupération.</translation>
    </message>
    <message>
        <source>Send STRK from the wallet&apos;s Starknet account (%1).</source>
        <translation>Envoyer des STRK depuis le compte Starknet du portefeuille (%1).</translation>
    </message>
    <message>
        <source>The account holds %1; the payment needs %2.</source>
        <translation>Le compte détient %1 ; le paiement nécessite %2.</translation>
    </message>
    <message>
        <source>Your Starknet account %1 is not deployed yet, so it cannot send. &quot;Get development coins&quot; deploys it (with your wallet&apos;s public key); then send again.</source>
        <translation>Votre compte Starknet %1 n&apos;est pas encore déployé, il ne peut donc pas envoyer. « Obtenir des pièces de développement » le déploie (avec la clé publique de votre portefeuille) ; puis envoyez de nouveau.</translation>
    </message>
    <message>
        <source>Your Starknet account %1 is not deployed yet, so it cannot send. Deploy it from a Starknet wallet first.</source>
        <translation>Votre compte Starknet %1 n&apos;est pas encore déployé, il ne peut donc pas envoyer. Déployez-le d&apos;abord depuis un portefeuille Starknet.</translation>
    </message>
    <message>
        <source>The ledger did not name its Starknet chain.</source>
        <translation>Le registre n&apos;a pas indiqué sa chaîne Starknet.</translation>
    </message>
    <message>
        <source>Starknet development network (%1)</source>
        <translation>Réseau de développement Starknet (%1)</translation>
    </message>
    <message>
        <source>the development network does not meter gas: no fee is charged</source>
        <translation>le réseau de développement ne mesure pas le gaz : aucuns frais ne sont prélevés</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Non signé.</translation>
    </message>
    <message>
        <source>The ledger took the payment (transaction %1) but no block holds it yet; it stays unconfirmed in the history until one does.</source>
        <translation>Le registre a accepté le paiement (transaction %1) mais aucun bloc ne le contient encore ; il reste non confirmé dans l&apos;historique jusqu&apos;à ce qu&apos;un bloc le contienne.</translation>
    </message>
    <message>
        <source>Choose a fee rate above zero.</source>
        <translation>Choisissez un taux de frais supérieur à zéro.</translation>
    </message>
    <message>
        <source>The wallet does not know its Algorand account #%1 yet: add it with &quot;Add an account&quot;, then send again.</source>
        <translation>Le portefeuille ne connaît pas encore son compte Algorand #%1 : ajoutez-le avec « Ajouter un compte », puis envoyez de nouveau.</translation>
    </message>
    <message>
        <source>Send ALGO from the wallet&apos;s Algorand account #%1 (%2).</source>
        <translation>Envoyer des ALGO depuis le compte Algorand #%1 du portefeuille (%2).</translation>
    </message>
    <message>
        <source>Send BTC from the wallet&apos;s Bitcoin account #%1 (%2).</source>
        <translation>Envoyer des BTC depuis le compte Bitcoin #%1 du portefeuille (%2).</translation>
    </message>
    <message>
        <source>The wallet does not know the key of its Bitcoin account #%1 yet: add it with &quot;Add an account&quot;, then send again.</source>
        <translation>Le portefeuille ne connaît pas encore la clé de son compte Bitcoin #%1 : ajoutez-le avec « Ajouter un compte », puis envoyez de nouveau.</translation>
    </message>
    <message>
        <source>The wallet does not know its Starknet account #%1 yet: add it with &quot;Add an account&quot;, then send again.</source>
        <translation>Le portefeuille ne connaît pas encore son compte Starknet #%1 : ajoutez-le avec « Ajouter un compte », puis envoyez de nouveau.</translation>
    </message>
    <message>
        <source>Payment of %1</source>
        <translation>Paiement de %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De : %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>À : %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Memo: %1</source>
        <translation>Mémo : %1</translation>
    </message>
    <message>
        <source>Network fee: %1 (%2 sat/vB)</source>
        <translation>Frais de réseau : %1 (%2 sat/vB)</translation>
    </message>
    <message>
        <source>Network fee: %1</source>
        <translation>Frais de réseau : %1</translation>
    </message>
    <message>
        <source>Total leaving the account: %1</source>
        <translation>Total débité du compte : %1</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>Réseau : %1</translation>
    </message>
    <message>
        <source>Made at %1</source>
        <translation>Créé le %1</translation>
    </message>
    <message>
        <source>, round %1 (valid until round %2)</source>
        <translation>, round %1 (valable jusqu&apos;au round %2)</translation>
    </message>
    <message>
        <source>, block height %1</source>
        <translation>, hauteur de bloc %1</translation>
    </message>
    <message>
        <source>, account nonce %1</source>
        <translation>, nonce du compte %1</translation>
    </message>
    <message>
        <source>, account sequence %1</source>
        <translation>, séquence du compte %1</translation>
    </message>
    <message>
        <source>Valid until %1: sign and bring it back before then.</source>
        <translation>Valable jusqu&apos;au %1 : signez-le et rapportez-le avant cette date.</translation>
    </message>
    <message>
        <source>Transaction %1</source>
        <translation>Transaction %1</translation>
    </message>
    <message>
        <source>No payment is waiting for a signature now.</source>
        <translation>Aucun paiement n&apos;attend de signature pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The payment</source>
        <translation>Le paiement</translation>
    </message>
    <message>
        <source>This is a %1 transaction; the payment is in %2. Import what the signer wrote for this payment.</source>
        <translation>Ceci est une transaction %1 ; le paiement est en %2. Importez ce que le signataire a écrit pour ce paiement.</translation>
    </message>
    <message>
        <source>This signed transaction (%1) is not the payment exported here (%2), or it was changed. Nothing was sent: export this payment again and sign what was exported.</source>
        <translation>Cette transaction signée (%1) n&apos;est pas le paiement exporté ici (%2), ou elle a été modifiée. Rien n&apos;a été envoyé : exportez de nouveau ce paiement et signez ce qui a été exporté.</translation>
    </message>
    <message>
        <source>The payment is not signed yet: import what the signer wrote first.</source>
        <translation>Le paiement n&apos;est pas encore signé : importez d&apos;abord ce que le signataire a écrit.</translation>
    </message>
</context>
<context>
    <name>fb::WalletService</name>
    <message>
        <source>A wallet already exists in %1.</source>
        <translation>Un portefeuille existe déjà dans %1.</translation>
    </message>
    <message>
        <source>The transaction is sent by %1, not by this wallet&apos;s Starknet account %2.</source>
        <translation>La transaction est envoyée par %1, et non par le compte Starknet %2 de ce portefeuille.</translation>
    </message>
    <message>
        <source>This wallet holds no Starknet account (it was made from a single Stellar key, without a recovery phrase); pay with XLM or by card.</source>
        <translation>Ce portefeuille ne contient aucun compte Starknet (il a été créé à partir d&apos;une seule clé Stellar, sans phrase de récupération) ; payez en XLM ou par carte.</translation>
    </message>
    <message>
        <source>This wallet holds no Algorand account (it was made from a single Stellar key); pay with XLM or by card.</source>
        <translation>Ce portefeuille ne contient aucun compte Algorand (il a été créé à partir d&apos;une seule clé Stellar) ; payez en XLM ou par carte.</translation>
    </message>
    <message>
        <source>This wallet holds no Bitcoin account (it has no recovery phrase); pay with XLM or by card.</source>
        <translation>Ce portefeuille ne contient aucun compte Bitcoin (il n&apos;a pas de phrase de récupération) ; payez en XLM ou par carte.</translation>
    </message>
    <message>
        <source>The Bitcoin transaction spends coins this wallet cannot sign for; nothing was signed.</source>
        <translation>La transaction Bitcoin dépense des pièces que ce portefeuille ne peut pas signer ; rien n&apos;a été signé.</translation>
    </message>
    <message>
        <source>The wallet does not hold %1 accounts.</source>
        <translation>Le portefeuille ne contient pas de comptes %1.</translation>
    </message>
</context>
<context>
    <name>fb::pricing</name>
    <message>
        <source>The only comparable offer costs %1 per GB-month.</source>
        <translation>La seule offre comparable coûte %1 par Go-mois.</translation>
    </message>
    <message>
        <source>%1 comparable offers cost from %2 to %3 per GB-month (median %4).</source>
        <translation>%1 offres comparables coûtent de %2 à %3 par Go-mois (médiane %4).</translation>
    </message>
    <message>
        <source>To fill %1 of your capacity, match the cheapest comparable offer: %2.</source>
        <translation>Pour remplir %1 de votre capacité, alignez-vous sur l&apos;offre comparable la moins chère : %2.</translation>
    </message>
    <message>
        <source>Aiming at %1 utilisation, you can ask as much as the dearest comparable offer: %2.</source>
        <translation>Pour viser %1 d&apos;utilisation, vous pouvez demander autant que l&apos;offre comparable la plus chère : %2.</translation>
    </message>
    <message>
        <source>To fill %1 of your capacity, price below %2 of them: %3 sits at the %4 percentile.</source>
        <translation>Pour remplir %1 de votre capacité, soyez moins cher que %2 d&apos;entre elles : %3 se situe au %4 centile.</translation>
    </message>
    <message>
        <source>Buyers compare offers cheapest first, so the assistant expects an offer priced above p % of its market to fill about 100 - p % of its capacity.</source>
        <translation>Les acheteurs comparent les offres de la moins chère à la plus chère ; l&apos;assistant estime donc qu&apos;une offre plus chère que p % de son marché remplit environ 100 - p % de sa capacité.</translation>
    </message>
</context>
<context>
    <name>fb::sla</name>
    <message>
        <source>meet the QoS tier</source>
        <translation>atteignent le niveau de QoS</translation>
    </message>
    <message>
        <source>are in an allowed region and country</source>
        <translation>sont dans une région et un pays autorisés</translation>
    </message>
    <message>
        <source>speak the protocol</source>
        <translation>prennent en charge le protocole</translation>
    </message>
    <message>
        <source>accept the currency</source>
        <translation>acceptent la devise</translation>
    </message>
    <message>
        <source>allow the duration</source>
        <translation>autorisent la durée</translation>
    </message>
    <message>
        <source>have room for a shard</source>
        <translation>ont de la place pour un fragment</translation>
    </message>
    <message>
        <source>No set of %1 offers on different providers meets every requirement together. Relax the regions, the kinds of provider or the redundancy.</source>
        <translation>Aucun ensemble de %1 offres chez des fournisseurs différents ne satisfait toutes les exigences à la fois. Assouplissez les régions, les types de fournisseurs ou la redondance.</translation>
    </message>
    <message>
        <source>%1 tier in %2 (%3)</source>
        <translation>niveau %1 en %2 (%3)</translation>
    </message>
    <message>
        <source>%1 for storage and %2 for egress over the term</source>
        <translation>%1 pour le stockage et %2 pour le trafic sortant sur la durée</translation>
    </message>
    <message>
        <source>reputation %1/100, %2 provider</source>
        <translation>réputation %1/100, fournisseur %2</translation>
    </message>
    <message>
        <source>chosen for its track record</source>
        <translation>choisi pour sa fiabilité passée</translation>
    </message>
    <message>
        <source>Mixing cloud and DePIN providers was also required.</source>
        <translation>La combinaison de fournisseurs cloud et DePIN était aussi requise.</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <source>The cheapest set that meets every requirement costs %1, above your budget of %2. Raise the budget, shorten the term, store less or lower the redundancy.</source>
        <translation>L’ensemble le moins cher qui satisfait toutes les exigences coûte %1, au-delà de votre budget de %2. Augmentez le budget, raccourcissez la durée, stockez moins ou réduisez la redondance.</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>Le moins cher</translation>
    </message>
    <message>
        <source> — without spreading across regions or kinds</source>
        <translation> — sans répartition entre régions ni types</translation>
    </message>
    <message>
        <source>Most reliable</source>
        <translation>Le plus fiable</translation>
    </message>
    <message>
        <source>The node&apos;s platform fee is unknown, so no price can be worked out. Check the connection to the node and try again.</source>
        <translation>Les frais de plateforme du nœud sont inconnus : aucun prix ne peut donc être calculé. Vérifiez la connexion au nœud et réessayez.</translation>
    </message>
    <message>
        <source>price it within the platform&apos;s largest amount</source>
        <translation>le facturent dans la limite du montant maximal de la plateforme</translation>
    </message>
    <message>
        <source>Even the cheapest set that meets every requirement costs more than the platform takes in one agreement (%1). Store less, shorten the term or lower the redundancy.</source>
        <translation>Même l’ensemble le moins cher qui satisfait toutes les exigences coûte plus que ce que la plateforme accepte pour un seul contrat (%1). Stockez moins, raccourcissez la durée ou réduisez la redondance.</translation>
    </message>
    <message>
        <source>cloud</source>
        <translation>cloud</translation>
    </message>
    <message>
        <source>DePIN</source>
        <translation>DePIN</translation>
    </message>
    <message>
        <source>Enter how much data you will store.</source>
        <translation>Indiquez la quantité de données que vous allez stocker.</translation>
    </message>
    <message>
        <source>At most %L1 bytes can be stored in one agreement.</source>
        <translation>Un contrat ne peut pas stocker plus de %L1 octets.</translation>
    </message>
    <message>
        <source>Choose how long the agreement runs.</source>
        <translation>Choisissez la durée du contrat.</translation>
    </message>
    <message>
        <source>An agreement runs at most %1 days.</source>
        <translation>Un contrat dure au plus %1 jours.</translation>
    </message>
    <message>
        <source>Expected downloads cannot be negative.</source>
        <translation>Les téléchargements prévus ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>At most %L1 bytes of downloads can be planned over one agreement.</source>
        <translation>Un contrat ne peut pas prévoir plus de %L1 octets de téléchargements.</translation>
    </message>
    <message>
        <source>Keep between 1 and 16 copies.</source>
        <translation>Conservez entre 1 et 16 copies.</translation>
    </message>
    <message>
        <source>Erasure coding needs k data shards and n &gt; k total shards (n at most 32).</source>
        <translation>Le codage à effacement nécessite k fragments de données et n &gt; k fragments au total (n au plus 32).</translation>
    </message>
    <message>
        <source>Unknown QoS tier &quot;%1&quot;.</source>
        <translation>Niveau de QoS inconnu « %1 ».</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>Le budget ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>measured uptime %1</source>
        <translation>disponibilité mesurée %1</translation>
    </message>
    <message>
        <source>Next cheapest</source>
        <translation>Le moins cher suivant</translation>
    </message>
    <message>
        <source>can be chosen</source>
        <translation>peuvent être retenus</translation>
    </message>
    <message>
        <source>Only %1 (%2) %3, but %4 on different providers are needed. Relax that requirement or lower the redundancy.</source>
        <comment>providers, offers, why, placements</comment>
        <translation>Trop peu de fournisseurs %3 : seulement %1 (%2), alors qu&apos;il faut %4 chez des fournisseurs différents. Assouplissez cette exigence ou réduisez la redondance.</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n fournisseur</numerusform>
            <numerusform>%n fournisseurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s)</source>
        <translation>
            <numerusform>%n offre</numerusform>
            <numerusform>%n offres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s)</source>
        <translation>
            <numerusform>%n emplacement</numerusform>
            <numerusform>%n emplacements</numerusform>
        </translation>
    </message>
    <message>
        <source>The eligible offers cover only %1, but spreading %2 across regions needs %3. Allow more regions or turn off region spreading.</source>
        <comment>regions, placements, regions</comment>
        <translation>Les offres admissibles ne couvrent que %1, mais répartir %2 entre les régions nécessite %3. Autorisez davantage de régions ou désactivez la répartition entre régions.</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n région</numerusform>
            <numerusform>%n régions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2 in %3, %4 in total</source>
        <comment>placements, providers, regions, total cost</comment>
        <translation>%1 chez %2 dans %3, %4 au total</translation>
    </message>
</context>
<context>
    <name>fb::storage::Backend</name>
    <message>
        <source>The transfer was cancelled</source>
        <translation>Le transfert a été annulé</translation>
    </message>
    <message>
        <source>No multipart upload id</source>
        <translation>Aucun identifiant d’envoi en plusieurs parties</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <source>Cannot read the source</source>
        <translation>Impossible de lire la source</translation>
    </message>
    <message>
        <source>Cannot write %1 (disk full?)</source>
        <translation>Impossible d’écrire %1 (disque plein ?)</translation>
    </message>
    <message>
        <source>Invalid object key &quot;%1&quot;</source>
        <translation>Clé d’objet « %1 » invalide</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Impossible de créer %1</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <source>No object &quot;%1&quot;</source>
        <translation>Aucun objet « %1 »</translation>
    </message>
    <message>
        <source>Cannot delete %1</source>
        <translation>Impossible de supprimer %1</translation>
    </message>
    <message>
        <source>A local provider needs an absolute &quot;path&quot;</source>
        <translation>Un fournisseur local nécessite un « path » absolu</translation>
    </message>
    <message>
        <source>S3 access needs endpoint, bucket, accessKey and secretKey</source>
        <translation>L’accès S3 nécessite endpoint, bucket, accessKey et secretKey</translation>
    </message>
    <message>
        <source>Unknown storage type &quot;%1&quot;</source>
        <translation>Type de stockage « %1 » inconnu</translation>
    </message>
    <message>
        <source>The object is shorter than expected</source>
        <translation>L&apos;objet est plus court que prévu</translation>
    </message>
</context>
<context>
    <name>fb::storage::Errors</name>
    <message>
        <source>Unknown manifest version %1</source>
        <translation>Version de manifeste inconnue : %1</translation>
    </message>
    <message>
        <source>The file manifest is inconsistent</source>
        <translation>Le manifeste du fichier est incohérent</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <source>Cannot write shards (disk full?)</source>
        <translation>Impossible d’écrire les fragments (disque plein ?)</translation>
    </message>
    <message>
        <source>The file key has the wrong size</source>
        <translation>La clé du fichier n’a pas la bonne taille</translation>
    </message>
    <message>
        <source>Bad erasure scheme</source>
        <translation>Schéma de codage d’effacement invalide</translation>
    </message>
    <message>
        <source>The stream header has the wrong size</source>
        <translation>L’en-tête du flux n’a pas la bonne taille</translation>
    </message>
    <message>
        <source>SHA-256 unavailable</source>
        <translation>SHA-256 indisponible</translation>
    </message>
    <message>
        <source>The transfer was cancelled</source>
        <translation>Le transfert a été annulé</translation>
    </message>
    <message>
        <source>Wrong shard count</source>
        <translation>Nombre de fragments incorrect</translation>
    </message>
    <message>
        <source>Fewer than %1 intact shards: the file cannot be rebuilt</source>
        <translation>Moins de %1 fragments intacts : le fichier ne peut pas être reconstruit</translation>
    </message>
    <message>
        <source>Cannot write %1 (disk full?)</source>
        <translation>Impossible d’écrire %1 (disque plein ?)</translation>
    </message>
    <message>
        <source>Cannot rename %1</source>
        <translation>Impossible de renommer %1</translation>
    </message>
    <message>
        <source>The encrypted object was tampered with (authentication failed)</source>
        <translation>L’objet chiffré a été altéré (échec de l’authentification)</translation>
    </message>
    <message>
        <source>Cannot write the decrypted file (disk full?)</source>
        <translation>Impossible d’écrire le fichier déchiffré (disque plein ?)</translation>
    </message>
    <message>
        <source>The encrypted object has data after its end</source>
        <translation>L’objet chiffré contient des données après sa fin</translation>
    </message>
    <message>
        <source>The encrypted object has a bad header</source>
        <translation>L’en-tête de l’objet chiffré est invalide</translation>
    </message>
    <message>
        <source>The encrypted object is truncated</source>
        <translation>L’objet chiffré est tronqué</translation>
    </message>
    <message>
        <source>Not a file manifest</source>
        <translation>Ce n’est pas un manifeste de fichier</translation>
    </message>
    <message>
        <source>The file manifest does not authenticate (tampered, or another wallet&apos;s)</source>
        <translation>Le manifeste du fichier ne s’authentifie pas (altéré, ou celui d’un autre portefeuille)</translation>
    </message>
    <message>
        <source>The manifest is of another file</source>
        <translation>Le manifeste est celui d’un autre fichier</translation>
    </message>
    <message>
        <source>The storage server answered HTTP %1</source>
        <translation>Le serveur de stockage a répondu HTTP %1</translation>
    </message>
    <message>
        <source>Unreadable object listing: %1</source>
        <translation>Liste d’objets illisible : %1</translation>
    </message>
    <message>
        <source>The download file was closed</source>
        <translation>Le fichier de téléchargement a été fermé</translation>
    </message>
    <message>
        <source>The storage server did not answer in time</source>
        <translation>Le serveur de stockage n’a pas répondu à temps</translation>
    </message>
    <message>
        <source>The account key must be 32 bytes.</source>
        <translation>La clé du compte doit faire 32 octets.</translation>
    </message>
    <message>
        <source>The account key cannot be converted for encryption.</source>
        <translation>La clé du compte ne peut pas être convertie pour le chiffrement.</translation>
    </message>
    <message>
        <source>The provider&apos;s access parameters are not a sealed box.</source>
        <translation>Les paramètres d’accès du fournisseur ne sont pas une boîte scellée.</translation>
    </message>
    <message>
        <source>The provider&apos;s access parameters were sealed to another wallet, or were altered.</source>
        <translation>Les paramètres d’accès du fournisseur ont été scellés pour un autre portefeuille, ou ont été modifiés.</translation>
    </message>
    <message>
        <source>The provider&apos;s access parameters are not a JSON object.</source>
        <translation>Les paramètres d’accès du fournisseur ne sont pas un objet JSON.</translation>
    </message>
    <message>
        <source>The account key has the wrong size.</source>
        <translation>La clé du compte n’a pas la bonne taille.</translation>
    </message>
    <message>
        <source>Transfer %1 has an unknown kind or state in the journal</source>
        <translation>Le transfert %1 a un type ou un état inconnu dans le journal</translation>
    </message>
    <message>
        <source>Cannot open the transfer journal %1: %2</source>
        <translation>Impossible d’ouvrir le journal des transferts %1 : %2</translation>
    </message>
    <message>
        <source>The transfer journal gave no row id</source>
        <translation>Le journal des transferts n’a renvoyé aucun identifiant de ligne</translation>
    </message>
    <message>
        <source>No transfer %1 in the journal</source>
        <translation>Aucun transfert %1 dans le journal</translation>
    </message>
    <message>
        <source>No transfer %1</source>
        <translation>Aucun transfert %1</translation>
    </message>
    <message>
        <source>No manifest for this file</source>
        <translation>Aucun manifeste pour ce fichier</translation>
    </message>
    <message>
        <source>No shard %1 of transfer %2 in the journal</source>
        <translation>Aucun fragment %1 du transfert %2 dans le journal</translation>
    </message>
    <message>
        <source>Shard %1 of transfer %2 has an unknown state in the journal</source>
        <translation>Le fragment %1 du transfert %2 a un état inconnu dans le journal</translation>
    </message>
    <message>
        <source>The download checkpoint is unusable</source>
        <translation>Le point de reprise du téléchargement est inutilisable</translation>
    </message>
</context>
<context>
    <name>fb::storage::FileLibrary</name>
    <message>
        <source>%1 is not stored yet: a link can be made once its upload has finished.</source>
        <translation>%1 n’est pas encore stocké : un lien pourra être créé une fois l’envoi terminé.</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>Transfert %1</translation>
    </message>
    <message>
        <source>The file library is not open.</source>
        <translation>La bibliothèque de fichiers n’est pas ouverte.</translation>
    </message>
    <message>
        <source>That file is no longer in the library.</source>
        <translation>Ce fichier n’est plus dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Unlock the wallet first.</source>
        <translation>Déverrouillez d’abord le portefeuille.</translation>
    </message>
    <message>
        <source>This SLA has %1 of its %2 providers ready; files can be stored once every provider is funded.</source>
        <translation>Ce SLA a %1 de ses %2 fournisseurs prêts ; les fichiers pourront être stockés une fois chaque fournisseur financé.</translation>
    </message>
    <message>
        <source>The storage access of provider %1 could not be opened: %2</source>
        <translation>L’accès au stockage du fournisseur %1 n’a pas pu être ouvert : %2</translation>
    </message>
    <message>
        <source>no access parameters yet</source>
        <translation>pas encore de paramètres d’accès</translation>
    </message>
    <message>
        <source>%1 is not a file or folder.</source>
        <translation>%1 n’est ni un fichier ni un dossier.</translation>
    </message>
    <message>
        <source>The library could not record %1.</source>
        <translation>La bibliothèque n’a pas pu enregistrer %1.</translation>
    </message>
    <message>
        <source>The file was stored but the library could not record it: %1</source>
        <translation>Le fichier a été stocké, mais la bibliothèque n’a pas pu l’enregistrer : %1</translation>
    </message>
    <message>
        <source>%1 is not stored yet.</source>
        <translation>%1 n’est pas encore stocké.</translation>
    </message>
    <message>
        <source>None of the providers of %1 can be reached.</source>
        <translation>Aucun des fournisseurs de %1 n’est joignable.</translation>
    </message>
    <message>
        <source>A name cannot be empty or contain &quot;/&quot;.</source>
        <translation>Un nom ne peut pas être vide ni contenir « / ».</translation>
    </message>
    <message>
        <source>The folder %1 still holds files.</source>
        <translation>Le dossier %1 contient encore des fichiers.</translation>
    </message>
    <message>
        <source>The health of the file could not be recorded: %1</source>
        <translation>L’état de santé du fichier n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Share links need a provider that speaks S3. The providers of this file keep it in local directories, which cannot hand out web links.</source>
        <translation>Les liens de partage nécessitent un fournisseur compatible S3. Les fournisseurs de ce fichier le conservent dans des dossiers locaux, qui ne peuvent pas fournir de liens web.</translation>
    </message>
    <message>
        <source>The storage access of deal %1 is not open.</source>
        <translation>L’accès au stockage du contrat %1 n’est pas ouvert.</translation>
    </message>
    <message>
        <source>The file list is being rebuilt already.</source>
        <translation>La liste des fichiers est déjà en cours de reconstruction.</translation>
    </message>
    <message>
        <source>The storage access of provider %1 is not open.</source>
        <translation>L’accès au stockage du fournisseur %1 n’est pas ouvert.</translation>
    </message>
    <message>
        <source>No provider holds a readable manifest of file %1.</source>
        <translation>Aucun fournisseur ne détient de manifeste lisible du fichier %1.</translation>
    </message>
    <message>
        <source>The file list could not be updated: %1</source>
        <translation>La liste des fichiers n’a pas pu être mise à jour : %1</translation>
    </message>
    <message>
        <source>The wallet locked before the file list was rebuilt.</source>
        <translation>Le portefeuille s&apos;est verrouillé avant la reconstruction de la liste des fichiers.</translation>
    </message>
</context>
<context>
    <name>fb::storage::Sql</name>
    <message>
        <source>Database error: %1</source>
        <translation>Erreur de base de données : %1</translation>
    </message>
</context>
<context>
    <name>fb::storage::TransferEngine</name>
    <message>
        <source>The transfer journal could not be written: %1</source>
        <translation>Le journal des transferts n’a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>No master secret</source>
        <translation>Aucun secret maître</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Impossible de créer %1</translation>
    </message>
    <message>
        <source>Engine not open</source>
        <translation>Moteur de transfert non ouvert</translation>
    </message>
    <message>
        <source>An erasure scheme %1+%2 needs %3 providers</source>
        <translation>Un schéma d’effacement %1+%2 nécessite %3 fournisseurs</translation>
    </message>
    <message>
        <source>Each shard needs a different provider</source>
        <translation>Chaque fragment nécessite un fournisseur différent</translation>
    </message>
    <message>
        <source>Unknown provider %1</source>
        <translation>Fournisseur inconnu %1</translation>
    </message>
    <message>
        <source>No file %1</source>
        <translation>Aucun fichier %1</translation>
    </message>
    <message>
        <source>The transfer was cancelled</source>
        <translation>Le transfert a été annulé</translation>
    </message>
    <message>
        <source>%1 changed since its upload began; upload it again</source>
        <translation>%1 a changé depuis le début de son envoi ; envoyez-le à nouveau</translation>
    </message>
    <message>
        <source>%1 changed while reading</source>
        <translation>%1 a changé pendant la lecture</translation>
    </message>
    <message>
        <source>Provider %1 failed: %2</source>
        <translation>Le fournisseur %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Only %1 of the %2 shards needed are reachable and intact</source>
        <translation>Seuls %1 des %2 fragments nécessaires sont joignables et intacts</translation>
    </message>
    <message>
        <source>No provider holds a readable manifest of this file</source>
        <translation>Aucun fournisseur ne détient de manifeste lisible de ce fichier</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <source>Cannot write %1 (disk full?)</source>
        <translation>Impossible d’écrire %1 (disque plein ?)</translation>
    </message>
    <message>
        <source>The rebuilt file does not match its hash</source>
        <translation>Le fichier reconstruit ne correspond pas à son empreinte</translation>
    </message>
    <message>
        <source>Rebuilt shard %1 does not match the manifest</source>
        <translation>Le fragment reconstruit %1 ne correspond pas au manifeste</translation>
    </message>
    <message>
        <source>No shard of this file is on %1</source>
        <translation>Aucun fragment de ce fichier ne se trouve sur %1</translation>
    </message>
    <message>
        <source>Cannot store the manifest on %1: %2</source>
        <translation>Impossible de stocker le manifeste sur %1 : %2</translation>
    </message>
    <message>
        <source>The transfer finished, but the transfer journal could not record it: %1</source>
        <translation>Le transfert est terminé, mais le journal des transferts n’a pas pu l’enregistrer : %1</translation>
    </message>
    <message>
        <source>Invalid byte range</source>
        <translation>Plage d&apos;octets non valide</translation>
    </message>
    <message>
        <source>The file cannot be rebuilt from its shards</source>
        <translation>Le fichier ne peut pas être reconstruit à partir de ses fragments</translation>
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
        <translation>Un client de bureau pour la place de marché de stockage Flashback : achetez du stockage auprès de clouds et de réseaux DePIN avec des SLA garantis, gardez vos fichiers chiffrés répartis entre plusieurs fournisseurs et payez depuis un portefeuille intégré.</translation>
    </message>
    <message>
        <source>Built on: %1</source>
        <translation>Basé sur : %1</translation>
    </message>
</context>
<context>
    <name>fb::ui::CertificationPanel</name>
    <message>
        <source>Certification request</source>
        <translation>Demande de certification</translation>
    </message>
    <message>
        <source>ISO 27001, SOC 2</source>
        <translation>ISO 27001, SOC 2</translation>
    </message>
    <message>
        <source>The certifications your business holds, separated by commas.</source>
        <translation>Les certifications de votre entreprise, séparées par des virgules.</translation>
    </message>
    <message>
        <source>eu-central-1, eu-west-1</source>
        <translation>eu-central-1, eu-west-1</translation>
    </message>
    <message>
        <source>The regions your consumers&apos; data may live in (at least one), separated by commas.</source>
        <translation>Les régions où les données de vos clients peuvent être stockées (au moins une), séparées par des virgules.</translation>
    </message>
    <message>
        <source>How you protect personal data: GDPR, where data is kept, who can access it.</source>
        <translation>Comment vous protégez les données personnelles : RGPD, lieu de conservation, qui peut y accéder.</translation>
    </message>
    <message>
        <source>Links to your compliance documents. Del removes the selected one.</source>
        <translation>Liens vers vos documents de conformité. Suppr retire celui sélectionné.</translation>
    </message>
    <message>
        <source>https://example.com/iso27001.pdf, then Enter</source>
        <translation>https://example.com/iso27001.pdf, puis Entrée</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Adds the link to the documents</source>
        <translation>Ajoute le lien aux documents</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>Shows the selected document</source>
        <translation>Affiche le document sélectionné</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Removes the selected document (Del)</source>
        <translation>Retire le document sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Request certification</source>
        <translation>&amp;Demander la certification</translation>
    </message>
    <message>
        <source>Sends the request to the platform&apos;s admins, who review it.</source>
        <translation>Envoie la demande aux administrateurs de la plateforme, qui l&apos;examinent.</translation>
    </message>
    <message>
        <source>&amp;Certifications:</source>
        <translation>&amp;Certifications :</translation>
    </message>
    <message>
        <source>Re&amp;gions:</source>
        <translation>Ré&amp;gions :</translation>
    </message>
    <message>
        <source>&amp;Data protection:</source>
        <translation>Protection des do&amp;nnées :</translation>
    </message>
    <message>
        <source>D&amp;ocuments:</source>
        <translation>D&amp;ocuments :</translation>
    </message>
    <message>
        <source>Add &amp;link:</source>
        <translation>Ajouter un &amp;lien :</translation>
    </message>
    <message>
        <source>A document is an http(s) link, such as https://example.com/iso27001.pdf.</source>
        <translation>Un document est un lien http(s), par exemple https://example.com/iso27001.pdf.</translation>
    </message>
    <message>
        <source>&amp;Update the request</source>
        <translation>&amp;Mettre à jour la demande</translation>
    </message>
    <message>
        <source>Expired on %1: your offers are no longer listed. Request certification again below.</source>
        <translation>Expirée le %1 : vos offres ne sont plus listées. Demandez de nouveau la certification ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <source>Approved (%1 level), but it expires in %n day(s), on %2. Request a renewal below so your offers stay listed.</source>
        <translation>
            <numerusform>Approuvée (niveau %1), mais elle expire dans %n jour, le %2. Demandez un renouvellement ci-dessous pour que vos offres restent listées.</numerusform>
            <numerusform>Approuvée (niveau %1), mais elle expire dans %n jours, le %2. Demandez un renouvellement ci-dessous pour que vos offres restent listées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved: %1 level, valid until %2. You can publish offers.</source>
        <translation>Approuvée : niveau %1, valable jusqu&apos;au %2. Vous pouvez publier des offres.</translation>
    </message>
    <message>
        <source>&amp;Request a renewal</source>
        <translation>Demander un renou&amp;vellement</translation>
    </message>
    <message>
        <source>Rejected: %1. Correct the request below and send it again.</source>
        <translation>Refusée : %1. Corrigez la demande ci-dessous et renvoyez-la.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucun motif indiqué</translation>
    </message>
    <message>
        <source>&amp;Resubmit</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>Not certified yet. Consumers only see certified providers&apos; offers: fill in the request below and send it to the platform&apos;s admins.</source>
        <translation>Pas encore certifié. Les clients ne voient que les offres des fournisseurs certifiés : remplissez la demande ci-dessous et envoyez-la aux administrateurs de la plateforme.</translation>
    </message>
    <message>
        <source>Name at least one region your consumers&apos; data may live in.</source>
        <translation>Indiquez au moins une région où les données de vos clients peuvent être stockées.</translation>
    </message>
    <message>
        <source>Select a document to preview.</source>
        <translation>Sélectionnez un document à prévisualiser.</translation>
    </message>
    <message>
        <source>Pending: the platform&apos;s admins are reviewing your request (sent %1). Offers can be published once it is approved.</source>
        <translation>En attente : les administrateurs de la plateforme examinent votre demande (envoyée le %1). Vous pourrez publier des offres une fois qu&apos;elle sera approuvée.</translation>
    </message>
</context>
<context>
    <name>fb::ui::ChangePasswordDialog</name>
    <message>
        <source>Change the wallet password</source>
        <translation>Changer le mot de passe du portefeuille</translation>
    </message>
    <message>
        <source>The keystore is encrypted again under the new password. Copies of the keystore made before still open with the old one.</source>
        <translation>Le trousseau est rechiffré avec le nouveau mot de passe. Les copies du trousseau faites auparavant s&apos;ouvrent toujours avec l&apos;ancien.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>Con&amp;firmer :</translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation>Au moins 8 caractères.</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>C&amp;hanger le mot de passe</translation>
    </message>
    <message>
        <source>The new password needs at least 8 characters.</source>
        <translation>Le nouveau mot de passe doit comporter au moins 8 caractères.</translation>
    </message>
    <message>
        <source>The two new passwords differ; type them again.</source>
        <translation>Les deux nouveaux mots de passe diffèrent ; saisissez-les de nouveau.</translation>
    </message>
    <message>
        <source>The new password is the current one.</source>
        <translation>Le nouveau mot de passe est identique à l&apos;actuel.</translation>
    </message>
    <message>
        <source>Encrypting the wallet under the new password…</source>
        <translation>Chiffrement du portefeuille avec le nouveau mot de passe…</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <source>The password was not changed: %1</source>
        <translation>Le mot de passe n&apos;a pas été modifié : %1</translation>
    </message>
</context>
<context>
    <name>fb::ui::ClipboardSink</name>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copier le texte</translation>
    </message>
    <message>
        <source>Copy the signed transaction as base64 text (%1)</source>
        <translation>Copier la transaction signée en texte base64 (%1)</translation>
    </message>
    <message>
        <source>Copied to the clipboard as text.</source>
        <translation>Copié dans le presse-papiers sous forme de texte.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
</context>
<context>
    <name>fb::ui::ColumnsDialog</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Show these columns:</source>
        <translation>Afficher ces colonnes :</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>This page has no table.</source>
        <translation>Cette page n&apos;a pas de tableau.</translation>
    </message>
</context>
<context>
    <name>fb::ui::CompareDialog</name>
    <message>
        <source>%1 by %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Compare offers</source>
        <translation>Comparer les offres</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <source>Not certified</source>
        <translation>Non certifié</translation>
    </message>
    <message>
        <source>Certified until %1</source>
        <translation>Certifié jusqu’au %1</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Certifié</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protocoles</translation>
    </message>
    <message>
        <source>Storage / GB-month</source>
        <translation>Stockage / Go-mois</translation>
    </message>
    <message>
        <source>Egress / GB</source>
        <translation>Trafic sortant / Go</translation>
    </message>
    <message>
        <source>QoS tier</source>
        <translation>Niveau de QoS</translation>
    </message>
    <message>
        <source>Uptime target</source>
        <translation>Disponibilité visée</translation>
    </message>
    <message>
        <source>Measured uptime</source>
        <translation>Disponibilité mesurée</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>pas encore mesurée</translation>
    </message>
    <message>
        <source>Latency target</source>
        <translation>Latence visée</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Measured latency</source>
        <translation>Latence mesurée</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Réputation</translation>
    </message>
    <message>
        <source>Free capacity</source>
        <translation>Capacité libre</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>%1 to %2 days</source>
        <translation>%1 à %2 jours</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Fonctionnalités</translation>
    </message>
    <message>
        <source>versioning</source>
        <translation>gestion des versions</translation>
    </message>
    <message>
        <source>encryption at rest</source>
        <translation>chiffrement au repos</translation>
    </message>
    <message>
        <source>object lock</source>
        <translation>verrouillage d’objets</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Offers side by side</source>
        <translation>Offres côte à côte</translation>
    </message>
    <message>
        <source>Best of the compared offers</source>
        <translation>Meilleure des offres comparées</translation>
    </message>
    <message>
        <source>Highlighted: the best value in each row.</source>
        <translation>En surbrillance : la meilleure valeur de chaque ligne.</translation>
    </message>
    <message>
        <source>Create SLA…</source>
        <translation>Créer un SLA…</translation>
    </message>
    <message>
        <source>Create an SLA over these offers</source>
        <translation>Créer un SLA sur ces offres</translation>
    </message>
</context>
<context>
    <name>fb::ui::DealInbox</name>
    <message>
        <source>Awaiting your answer</source>
        <translation>En attente de votre réponse</translation>
    </message>
    <message>
        <source>In progress (accepted, paid, active)</source>
        <translation>En cours (acceptés, payés, actifs)</translation>
    </message>
    <message>
        <source>History (every deal)</source>
        <translation>Historique (tous les accords)</translation>
    </message>
    <message>
        <source>Which deals to list</source>
        <translation>Accords à lister</translation>
    </message>
    <message>
        <source>Search by deal id</source>
        <translation>Rechercher par identifiant d&apos;accord</translation>
    </message>
    <message>
        <source>Lists the deals whose id contains this text</source>
        <translation>Liste les accords dont l&apos;identifiant contient ce texte</translation>
    </message>
    <message>
        <source>Filter by consumer (G…)</source>
        <translation>Filtrer par client (G…)</translation>
    </message>
    <message>
        <source>Lists the deals of consumers whose account contains this text</source>
        <translation>Liste les accords des clients dont le compte contient ce texte</translation>
    </message>
    <message>
        <source>Deal state</source>
        <translation>État de l&apos;accord</translation>
    </message>
    <message>
        <source>In the history, lists only the deals in this state</source>
        <translation>Dans l&apos;historique, ne liste que les accords dans cet état</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actua&amp;liser</translation>
    </message>
    <message>
        <source>Ask the node for the newest deals (F5)</source>
        <translation>Demander au nœud les accords les plus récents (F5)</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Enter: accept the selected deal when it awaits your answer, activate it once paid.</source>
        <translation>Entrée : accepter l&apos;accord sélectionné s&apos;il attend votre réponse, l&apos;activer une fois payé.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>Accept: the consumer receives sealed access to your store and can pay (Alt+A, or Enter in the table)</source>
        <translation>Accepter : le client reçoit un accès scellé à votre stockage et peut payer (Alt+A, ou Entrée dans le tableau)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <source>Refuse the deal and tell the consumer why (Alt+R)</source>
        <translation>Refuser l&apos;accord et en indiquer le motif au client (Alt+R)</translation>
    </message>
    <message>
        <source>A&amp;ctivate</source>
        <translation>A&amp;ctiver</translation>
    </message>
    <message>
        <source>The consumer paid: your store is ready and the term starts now (Alt+C, or Enter in the table)</source>
        <translation>Le client a payé : votre stockage est prêt et la période commence maintenant (Alt+C, ou Entrée dans le tableau)</translation>
    </message>
    <message>
        <source>No deal awaits your answer. When a consumer chooses one of your offers, it appears here (and a notification says so).</source>
        <translation>Aucun accord n&apos;attend votre réponse. Lorsqu&apos;un client choisit l&apos;une de vos offres, elle apparaît ici (et une notification vous en informe).</translation>
    </message>
    <message>
        <source>No deal in progress. Accepted deals wait here for the consumer&apos;s payment, then for you to activate them.</source>
        <translation>Aucun accord en cours. Les accords acceptés attendent ici le paiement du client, puis votre activation.</translation>
    </message>
    <message>
        <source>No deals yet.</source>
        <translation>Aucun accord pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No deal matches the search.</source>
        <translation>Aucun accord ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Consumer %1 stores %2 with you for %n day(s), with %3 of egress.</source>
        <translation>
            <numerusform>Le client %1 stocke %2 chez vous pendant %n jour, avec %3 de trafic sortant.</numerusform>
            <numerusform>Le client %1 stocke %2 chez vous pendant %n jours, avec %3 de trafic sortant.</numerusform>
        </translation>
    </message>
    <message>
        <source>The consumer pays %1; you earn %2 at full QoS (platform fee %3).</source>
        <translation>Le client paie %1 ; vous gagnez %2 avec une QoS complète (frais de plateforme %3).</translation>
    </message>
    <message>
        <source>Started %1, ends %2 (%3 left). Released to you so far: %4.</source>
        <translation>Commencé le %1, se termine le %2 (reste %3). Versé jusqu&apos;ici : %4.</translation>
    </message>
    <message>
        <source>QoS so far: %1 % of probes met the targets.</source>
        <translation>QoS jusqu&apos;ici : %1 % des sondes ont atteint les objectifs.</translation>
    </message>
    <message>
        <source>Accepted: waiting for the consumer&apos;s payment.</source>
        <translation>Accepté : en attente du paiement du client.</translation>
    </message>
    <message>
        <source>Paid: activate it once your store is ready; the term starts then.</source>
        <translation>Payé : activez-le une fois votre stockage prêt ; la période commence alors.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>No storage endpoint is set up on this computer for your provider account, so there is no access to hand the consumer. Set it up on the Overview tab.</source>
        <translation>Aucun point de stockage n&apos;est configuré sur cet ordinateur pour votre compte fournisseur ; il n&apos;y a donc aucun accès à remettre au client. Configurez-le dans l&apos;onglet Vue d&apos;ensemble.</translation>
    </message>
    <message>
        <source>S3 secret key</source>
        <translation>Clé secrète S3</translation>
    </message>
    <message>
        <source>Accepting %1…</source>
        <translation>Acceptation de %1…</translation>
    </message>
    <message>
        <source>Accepted %1: the consumer received sealed access and can now pay.</source>
        <translation>%1 accepté : le client a reçu un accès scellé et peut maintenant payer.</translation>
    </message>
    <message>
        <source>Reject deal</source>
        <translation>Refuser l&apos;accord</translation>
    </message>
    <message>
        <source>Why do you reject %1? The consumer reads this.</source>
        <translation>Pourquoi refusez-vous %1 ? Le client lira ce message.</translation>
    </message>
    <message>
        <source>A rejection needs a reason the consumer can act on.</source>
        <translation>Un refus nécessite un motif exploitable par le client.</translation>
    </message>
    <message>
        <source>Rejected %1: the consumer was told why.</source>
        <translation>%1 refusé : le client en a été informé.</translation>
    </message>
    <message>
        <source>Activated %1: the term started and QoS probes begin.</source>
        <translation>%1 activé : la période a commencé et les sondes de QoS démarrent.</translation>
    </message>
    <message>
        <source>The secret key of %1 (kept in memory until the wallet locks):</source>
        <translation>La clé secrète de %1 (conservée en mémoire jusqu&apos;au verrouillage du portefeuille) :</translation>
    </message>
</context>
<context>
    <name>fb::ui::DisputeDialog</name>
    <message>
        <source>Open a dispute</source>
        <translation>Ouvrir un litige</translation>
    </message>
    <message>
        <source>An arbiter reads your account and the measured QoS, then decides: refund you, slash the provider, or dismiss.</source>
        <translation>Un arbitre lit votre exposé et la QoS mesurée, puis décide : vous rembourser, pénaliser le fournisseur ou rejeter le litige.</translation>
    </message>
    <message>
        <source>Deal in dispute</source>
        <translation>Accord en litige</translation>
    </message>
    <message>
        <source>%1 — %2 (deal %3)</source>
        <translation>%1 — %2 (accord %3)</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Ce qui n&apos;a pas fonctionné</translation>
    </message>
    <message>
        <source>Data unavailable or too slow</source>
        <translation>Données indisponibles ou trop lentes</translation>
    </message>
    <message>
        <source>Data lost or corrupted</source>
        <translation>Données perdues ou corrompues</translation>
    </message>
    <message>
        <source>Billing or terms not honoured</source>
        <translation>Facturation ou conditions non respectées</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>What happened, and when? (required)</source>
        <translation>Que s&apos;est-il passé, et quand ? (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Deal:</source>
        <translation>&amp;Accord :</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>&amp;Problème :</translation>
    </message>
    <message>
        <source>D&amp;etails:</source>
        <translation>D&amp;étails :</translation>
    </message>
    <message>
        <source>Evidence attached:</source>
        <translation>Preuves jointes :</translation>
    </message>
    <message>
        <source>&amp;Open dispute</source>
        <translation>&amp;Ouvrir le litige</translation>
    </message>
    <message>
        <source>No QoS samples since the deal started yet.</source>
        <translation>Aucune mesure de QoS depuis le début de l&apos;accord.</translation>
    </message>
    <message>
        <source>Compliance with the QoS targets since the start: %1.</source>
        <translation>Conformité aux objectifs de QoS depuis le début : %1.</translation>
    </message>
    <message>
        <source>The measured QoS could not be fetched (%1); the platform attaches it when the dispute is opened.</source>
        <translation>Impossible de récupérer la QoS mesurée (%1) ; la plateforme la joint à l&apos;ouverture du litige.</translation>
    </message>
    <message numerus="yes">
        <source>Since %1: %n probe(s), uptime %2 (target %3), average latency %4 ms (target %5 ms), compliance %6. %7</source>
        <translation>
            <numerusform>Depuis le %1 : %n sonde, disponibilité %2 (objectif %3), latence moyenne %4 ms (objectif %5 ms), conformité %6. %7</numerusform>
            <numerusform>Depuis le %1 : %n sondes, disponibilité %2 (objectif %3), latence moyenne %4 ms (objectif %5 ms), conformité %6. %7</numerusform>
        </translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>The targets are met.</source>
        <translation>Les objectifs sont atteints.</translation>
    </message>
    <message>
        <source>The targets are missed.</source>
        <translation>Les objectifs sont manqués.</translation>
    </message>
    <message>
        <source>%1: %2
Evidence seen by the consumer: %3</source>
        <translation>%1 : %2
Preuves vues par le client : %3</translation>
    </message>
</context>
<context>
    <name>fb::ui::FileListWidget</name>
    <message>
        <source>Stored</source>
        <translation>Stocké</translation>
    </message>
    <message>
        <source>The size of the file</source>
        <translation>La taille du fichier</translation>
    </message>
    <message>
        <source>What your providers keep of the file: every copy, or the shards and their parity</source>
        <translation>Ce que vos fournisseurs conservent du fichier : chaque copie, ou les fragments et leur parité</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Intégrité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Drop files here</source>
        <translation>Déposez des fichiers ici</translation>
    </message>
</context>
<context>
    <name>fb::ui::FileSink</name>
    <message>
        <source>Save the signed transaction</source>
        <translation>Enregistrer la transaction signée</translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation>&amp;Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <source>Save the signed transaction to a file, in the form it came in, to carry it to the online computer (%1)</source>
        <translation>Enregistrer la transaction signée dans un fichier, dans son format d&apos;origine, pour la transférer vers l&apos;ordinateur en ligne (%1)</translation>
    </message>
    <message>
        <source>The signed transaction could not be saved to %1: %2. Choose another place; the signature is kept until you do.</source>
        <translation>Impossible d&apos;enregistrer la transaction signée dans %1 : %2. Choisissez un autre emplacement ; la signature est conservée d&apos;ici là.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>fb::ui::FileSource</name>
    <message>
        <source>Open an unsigned transaction</source>
        <translation>Ouvrir une transaction non signée</translation>
    </message>
    <message>
        <source>Transactions (*.xdr *.txt *.b64 *.txn *.tx *.psbt *.json);;All files (*)</source>
        <translation>Transactions (*.xdr *.txt *.b64 *.txn *.tx *.psbt *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>Impossible d&apos;ouvrir %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is %2 MiB: far larger than a transaction. Choose the unsigned transaction file itself.</source>
        <translation>%1 fait %2 Mio : bien plus qu&apos;une transaction. Choisissez le fichier de transaction non signée lui-même.</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>fichier %1</translation>
    </message>
    <message>
        <source>Open an unsigned transaction file: a Stellar XDR envelope, an Algorand transaction file, a PSBT, a Starknet INVOKE v3 (JSON) or a signing request (%1). You can also drop the file on this window.</source>
        <translation>Ouvrir un fichier de transaction non signée : une enveloppe XDR Stellar, un fichier de transaction Algorand, une PSBT, un INVOKE v3 Starknet (JSON) ou une demande de signature (%1). Vous pouvez aussi déposer le fichier sur cette fenêtre.</translation>
    </message>
</context>
<context>
    <name>fb::ui::FilesPage</name>
    <message>
        <source>Download is possible once the upload has finished</source>
        <translation>Le téléchargement sera possible une fois l’envoi terminé</translation>
    </message>
    <message>
        <source>Make a web link to the selected file, valid for a week</source>
        <translation>Créer un lien web vers le fichier sélectionné, valable une semaine</translation>
    </message>
    <message>
        <source>%1 file, %2 kept with your providers</source>
        <translation>Fichier de %1, %2 conservés chez vos fournisseurs</translation>
    </message>
    <message>
        <source>A transfer stopped when Flashback closed. It is paused: Resume all continues it after your password.</source>
        <translation>Un transfert s’est arrêté à la fermeture de Flashback. Il est en pause : Tout reprendre le poursuit après votre mot de passe.</translation>
    </message>
    <message>
        <source>%1 transfers stopped when Flashback closed. They are paused: Resume all continues them after your password.</source>
        <translation>%1 transferts se sont arrêtés à la fermeture de Flashback. Ils sont en pause : Tout reprendre les poursuit après votre mot de passe.</translation>
    </message>
    <message>
        <source>Encrypting and coding…</source>
        <translation>Chiffrement et codage…</translation>
    </message>
    <message>
        <source>Saving the manifest…</source>
        <translation>Enregistrement du manifeste…</translation>
    </message>
    <message>
        <source>Reading the manifest…</source>
        <translation>Lecture du manifeste…</translation>
    </message>
    <message>
        <source>Decoding and decrypting…</source>
        <translation>Décodage et déchiffrement…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Files are encrypted on this computer, then spread across your providers.</source>
        <translation>Les fichiers sont chiffrés sur cet ordinateur, puis répartis entre vos fournisseurs.</translation>
    </message>
    <message>
        <source>No wallet yet</source>
        <translation>Pas encore de portefeuille</translation>
    </message>
    <message>
        <source>Your files are encrypted with keys from your wallet. Set up a wallet, then buy storage from providers.</source>
        <translation>Vos fichiers sont chiffrés avec des clés issues de votre portefeuille. Configurez un portefeuille, puis achetez du stockage auprès de fournisseurs.</translation>
    </message>
    <message>
        <source>Set up a wallet</source>
        <translation>Configurer un portefeuille</translation>
    </message>
    <message>
        <source>No storage yet</source>
        <translation>Pas encore de stockage</translation>
    </message>
    <message>
        <source>To store files you need a funded SLA with at least one provider. Once it is funded, drop files here or use Upload.</source>
        <translation>Pour stocker des fichiers, il vous faut un SLA financé avec au moins un fournisseur. Une fois qu’il est financé, déposez des fichiers ici ou utilisez Envoyer.</translation>
    </message>
    <message>
        <source>Buy storage…</source>
        <translation>Acheter du stockage…</translation>
    </message>
    <message>
        <source>See my SLAs</source>
        <translation>Voir mes SLA</translation>
    </message>
    <message>
        <source>File actions</source>
        <translation>Actions sur les fichiers</translation>
    </message>
    <message>
        <source>Search files by name</source>
        <translation>Rechercher des fichiers par nom</translation>
    </message>
    <message>
        <source>Search files…</source>
        <translation>Rechercher des fichiers…</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Files in the current folder</source>
        <translation>Fichiers du dossier actuel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>A file has %1 of its %2 shards reachable.</source>
        <translation>Un fichier n’a que %1 de ses %2 fragments accessibles.</translation>
    </message>
    <message>
        <source>Some objects could not be removed from the providers: %1</source>
        <translation>Certains objets n’ont pas pu être supprimés chez les fournisseurs : %1</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Upload files</source>
        <translation>Envoyer des fichiers</translation>
    </message>
    <message>
        <source>Upload folder</source>
        <translation>Envoyer un dossier</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Upload a folder</source>
        <translation>Envoyer un dossier entier</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Download into</source>
        <translation>Télécharger dans</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Nom du dossier :</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Move to folder:</source>
        <translation>Déplacer vers le dossier :</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Share link</source>
        <translation>Lien de partage</translation>
    </message>
    <message>
        <source>Refresh health</source>
        <translation>Actualiser l’intégrité</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message numerus="yes">
        <source>%n copies</source>
        <translation>
            <numerusform>%n copie</numerusform>
            <numerusform>%n copies</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shards</source>
        <translation>%1 fragments sur %2</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Double-click to open %1</source>
        <translation>Double-cliquez pour ouvrir %1</translation>
    </message>
    <message>
        <source>%1/%2 shards</source>
        <translation>%1/%2 fragments</translation>
    </message>
    <message>
        <source>Every shard is reachable.</source>
        <translation>Tous les fragments sont accessibles.</translation>
    </message>
    <message>
        <source>%1 of %2 shards are reachable.</source>
        <translation>%1 fragments sur %2 sont accessibles.</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Stocké</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Suppression en cours</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>No file matches “%1”</source>
        <translation>Aucun fichier ne correspond à « %1 »</translation>
    </message>
    <message>
        <source>Drop files here
or use Upload (%1)</source>
        <translation>Déposez des fichiers ici
ou utilisez Envoyer (%1)</translation>
    </message>
    <message>
        <source>Set up a wallet first.</source>
        <translation>Configurez d’abord un portefeuille.</translation>
    </message>
    <message>
        <source>Unlock your files</source>
        <translation>Déverrouiller vos fichiers</translation>
    </message>
    <message>
        <source>Cannot unlock</source>
        <translation>Déverrouillage impossible</translation>
    </message>
    <message>
        <source>The files cannot be unlocked.</source>
        <translation>Les fichiers ne peuvent pas être déverrouillés.</translation>
    </message>
    <message>
        <source>Some providers cannot be reached: %1</source>
        <translation>Certains fournisseurs sont injoignables : %1</translation>
    </message>
    <message>
        <source>Choose an SLA in the folder tree first.</source>
        <translation>Choisissez d’abord un SLA dans l’arborescence des dossiers.</translation>
    </message>
    <message>
        <source>Cannot upload %1: %2</source>
        <translation>Impossible d’envoyer %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n file(s)…</source>
        <translation>
            <numerusform>Envoi de %n fichier…</numerusform>
            <numerusform>Envoi de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot download %1: %2</source>
        <translation>Impossible de télécharger %1 : %2</translation>
    </message>
    <message>
        <source>Cannot rename</source>
        <translation>Impossible de renommer</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Supprimer « %1 » ?</translation>
    </message>
    <message>
        <source>Delete this file?</source>
        <translation>Supprimer ce fichier ?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n file(s)?</source>
        <translation>
            <numerusform>Supprimer %n fichier ?</numerusform>
            <numerusform>Supprimer %n fichiers ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete files</source>
        <translation>Supprimer les fichiers</translation>
    </message>
    <message>
        <source>The encrypted copies are removed from every provider. This cannot be undone.</source>
        <translation>Les copies chiffrées sont supprimées chez tous les fournisseurs. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Checking which shards are reachable…</source>
        <translation>Vérification des fragments accessibles…</translation>
    </message>
    <message>
        <source>%1 is stored with your providers.</source>
        <translation>%1 est stocké chez vos fournisseurs.</translation>
    </message>
    <message>
        <source>%1 was saved to %2.</source>
        <translation>%1 a été enregistré dans %2.</translation>
    </message>
    <message>
        <source>The upload of %1 failed: %2</source>
        <translation>L’envoi de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The download of %1 failed: %2</source>
        <translation>Le téléchargement de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Flashback transfers</source>
        <translation>Transferts Flashback</translation>
    </message>
    <message>
        <source>Transfer finished</source>
        <translation>Transfert terminé</translation>
    </message>
    <message>
        <source>Transfer failed</source>
        <translation>Échec du transfert</translation>
    </message>
    <message>
        <source>Transfers are limited to %1/s.</source>
        <translation>Les transferts sont limités à %1/s.</translation>
    </message>
    <message>
        <source>Transfers run at full speed.</source>
        <translation>Les transferts vont à pleine vitesse.</translation>
    </message>
    <message>
        <source>Some files could not be checked: %1</source>
        <translation>Certains fichiers n’ont pas pu être vérifiés : %1</translation>
    </message>
    <message>
        <source>Unlocking your files…</source>
        <translation>Déverrouillage de vos fichiers…</translation>
    </message>
    <message>
        <source>Your files are unlocked.</source>
        <translation>Vos fichiers sont déverrouillés.</translation>
    </message>
    <message>
        <source>Agreement %1</source>
        <translation>Contrat %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (agreement %2)</source>
        <translation>%1 (contrat %2)</translation>
    </message>
    <message>
        <source>Enter your wallet password. Your files are encrypted with keys derived from your wallet; they stay unlocked until the wallet locks.</source>
        <translation>Saisissez le mot de passe de votre portefeuille. Vos fichiers sont chiffrés avec des clés dérivées de votre portefeuille ; ils restent déverrouillés jusqu’au verrouillage du portefeuille.</translation>
    </message>
    <message>
        <source>The wallet locked before your files were unlocked.</source>
        <translation>Le portefeuille s’est verrouillé avant le déverrouillage de vos fichiers.</translation>
    </message>
    <message>
        <source>Paused when the wallet locked. It continues from what was already transferred once you unlock the wallet.</source>
        <translation>Mis en pause au verrouillage du portefeuille. Il reprendra là où il s’était arrêté dès que vous déverrouillerez le portefeuille.</translation>
    </message>
    <message numerus="yes">
        <source>The wallet locked: your files&apos; keys are wiped and %n transfer(s) paused. They continue when you unlock the wallet.</source>
        <translation>
            <numerusform>Le portefeuille s’est verrouillé : les clés de vos fichiers sont effacées et %n transfert est en pause. Il reprendra quand vous déverrouillerez le portefeuille.</numerusform>
            <numerusform>Le portefeuille s’est verrouillé : les clés de vos fichiers sont effacées et %n transferts sont en pause. Ils reprendront quand vous déverrouillerez le portefeuille.</numerusform>
        </translation>
    </message>
    <message>
        <source>The wallet locked: your files&apos; keys are wiped.</source>
        <translation>Le portefeuille s’est verrouillé : les clés de vos fichiers sont effacées.</translation>
    </message>
    <message>
        <source>%1 in “%2”</source>
        <translation>%1 dans « %2 »</translation>
    </message>
</context>
<context>
    <name>fb::ui::GuideWindow</name>
    <message>
        <source>Flashback Help</source>
        <translation>Aide de Flashback</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Find in the guide (Ctrl+F)</source>
        <translation>Rechercher dans le guide (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <source>Enter: next match. Shift+Enter: previous match.</source>
        <translation>Entrée : occurrence suivante. Maj+Entrée : occurrence précédente.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
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
        <translation>Acheter du stockage et conserver des fichiers (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Sell storage and manage offers (Ctrl+Shift+P)</source>
        <translation>Vendre du stockage et gérer les offres (Ctrl+Shift+P)</translation>
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
        <translation>Pas encore connecté à un nœud de plateforme</translation>
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
        <source>&amp;New storage agreement…</source>
        <translation>&amp;Nouveau contrat de stockage…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Flashback</source>
        <translation>À pr&amp;opos de Flashback</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Sign a &amp;transaction…</source>
        <translation>Signer une &amp;transaction…</translation>
    </message>
    <message>
        <source>Review and sign a transaction file or text, then export it</source>
        <translation>Vérifier et signer un fichier ou un texte de transaction, puis l&apos;exporter</translation>
    </message>
    <message>
        <source>Restart as &amp;offline signer…</source>
        <translation>Redémarrer en signataire &amp;hors ligne…</translation>
    </message>
    <message>
        <source>Restart with only the wallet and the signer: no node, no network</source>
        <translation>Redémarrer avec uniquement le portefeuille et le signataire : sans nœud ni réseau</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected text or rows</source>
        <translation>Copier le texte ou les lignes sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Go to the search field of this page</source>
        <translation>Aller au champ de recherche de cette page</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Suivre le s&amp;ystème</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>C&amp;olonnes…</translation>
    </message>
    <message>
        <source>Show or hide the columns of this page&apos;s table</source>
        <translation>Afficher ou masquer les colonnes du tableau de cette page</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Bienvenue…</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Documentation</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>Open &amp;Logs Folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>The logs are in %1.</source>
        <translation>Les journaux se trouvent dans %1.</translation>
    </message>
    <message>
        <source>The app&apos;s log files, for a problem report</source>
        <translation>Les fichiers journaux de l&apos;application, pour un rapport de problème</translation>
    </message>
    <message>
        <source>&amp;Report a Problem…</source>
        <translation>Signaler un &amp;problème…</translation>
    </message>
    <message>
        <source>Nothing to search here yet</source>
        <translation>Rien à rechercher ici pour l&apos;instant</translation>
    </message>
    <message>
        <source>This page has nothing to search</source>
        <translation>Cette page n&apos;a rien à rechercher</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>&amp;Lock wallet now</source>
        <translation>&amp;Verrouiller le portefeuille maintenant</translation>
    </message>
</context>
<context>
    <name>fb::ui::MarketplacePage</name>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Show or hide the filter panel</source>
        <translation>Afficher ou masquer le panneau des filtres</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>Afficher les filtres</translation>
    </message>
    <message>
        <source>&amp;Provider…</source>
        <translation>Fo&amp;urnisseur…</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparer</translation>
    </message>
    <message>
        <source>Compare storage offers from certified clouds and DePIN networks.</source>
        <translation>Comparez les offres de stockage de clouds certifiés et de réseaux DePIN.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Not connected — the local network is starting. Offers appear here as soon as the app has synced with the platform; if this takes long, check the platform node in Settings.</source>
        <translation>Non connecté — le réseau local démarre. Les offres apparaissent ici dès que l’application s’est synchronisée avec la plateforme ; si cela prend du temps, vérifiez le nœud de plateforme dans les Paramètres.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Ouvrir les Paramètres</translation>
    </message>
    <message>
        <source>Check or change the platform node</source>
        <translation>Vérifier ou changer le nœud de plateforme</translation>
    </message>
    <message>
        <source>No offers yet</source>
        <translation>Pas encore d’offres</translation>
    </message>
    <message>
        <source>Offers appear here as soon as the app has synced with the platform. If this takes long, check the platform connection in Settings.</source>
        <translation>Les offres apparaissent ici dès que l’application s’est synchronisée avec la plateforme. Si cela prend du temps, vérifiez la connexion à la plateforme dans les Paramètres.</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Select up to four offers to compare them or create an SLA; Enter opens the provider.</source>
        <translation>Sélectionnez jusqu’à quatre offres pour les comparer ou créer un SLA ; Entrée ouvre le fournisseur.</translation>
    </message>
    <message>
        <source>No offers match</source>
        <translation>Aucune offre ne correspond</translation>
    </message>
    <message>
        <source>No offer meets every filter. Loosen a filter or clear them all.</source>
        <translation>Aucune offre ne satisfait tous les filtres. Assouplissez un filtre ou effacez-les tous.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Show every offer again</source>
        <translation>Afficher à nouveau toutes les offres</translation>
    </message>
    <message>
        <source>Show the provider of the current offer (Enter)</source>
        <translation>Afficher le fournisseur de l’offre actuelle (Entrée)</translation>
    </message>
    <message>
        <source>Show provider</source>
        <translation>Afficher le fournisseur</translation>
    </message>
    <message>
        <source>Compare the selected offers side by side (2 to 4)</source>
        <translation>Comparer les offres sélectionnées côte à côte (2 à 4)</translation>
    </message>
    <message>
        <source>Compare selected offers</source>
        <translation>Comparer les offres sélectionnées</translation>
    </message>
    <message>
        <source>Create an SLA that stores data across the selected offers (up to 4)</source>
        <translation>Créer un SLA qui stocke les données sur les offres sélectionnées (4 au maximum)</translation>
    </message>
    <message>
        <source>Create SLA from selected offers</source>
        <translation>Créer un SLA à partir des offres sélectionnées</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Place de marché</translation>
    </message>
    <message>
        <source>1 offer</source>
        <translation>1 offre</translation>
    </message>
    <message>
        <source>%1 offers</source>
        <translation>%1 offres</translation>
    </message>
    <message>
        <source>You can pick up to %1 offers at a time.</source>
        <translation>Vous pouvez choisir jusqu’à %1 offres à la fois.</translation>
    </message>
    <message>
        <source>Select up to %1 offers (Ctrl+click) to compare them or create an SLA.</source>
        <translation>Sélectionnez jusqu’à %1 offres (Ctrl+clic) pour les comparer ou créer un SLA.</translation>
    </message>
    <message>
        <source>1 offer selected (up to %1).</source>
        <translation>1 offre sélectionnée (%1 au maximum).</translation>
    </message>
    <message>
        <source>%1 offers selected (up to %2).</source>
        <translation>%1 offres sélectionnées (%2 au maximum).</translation>
    </message>
    <message>
        <source>Storage &amp;offers</source>
        <translation>&amp;Offres de stockage</translation>
    </message>
    <message>
        <source>Storage offers from certified clouds and DePIN networks</source>
        <translation>Offres de stockage de clouds certifiés et de réseaux DePIN</translation>
    </message>
    <message>
        <source>Vendors of migration, analytics and compliance tools</source>
        <translation>Éditeurs d&apos;outils de migration, d&apos;analyse et de conformité</translation>
    </message>
    <message>
        <source>Loading offers…</source>
        <translation>Chargement des offres…</translation>
    </message>
    <message>
        <source>Opening this computer&apos;s copy of the marketplace.</source>
        <translation>Ouverture de la copie de la place de marché sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Create SL&amp;A…</source>
        <translation>Créer un &amp;SLA…</translation>
    </message>
    <message>
        <source>Serv&amp;ices</source>
        <translation>Ser&amp;vices</translation>
    </message>
</context>
<context>
    <name>fb::ui::MarketplaceServices</name>
    <message>
        <source>&amp;Certified only</source>
        <translation>&amp;Certifiés uniquement</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Service vendors appear here once the app has synced with the platform. If this takes long, check the platform node in Settings.</source>
        <translation>Les éditeurs de services apparaissent ici une fois l&apos;application synchronisée avec la plateforme. Si cela prend du temps, vérifiez le nœud de la plateforme dans les Paramètres.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <source>Check or change the platform node</source>
        <translation>Vérifier ou changer le nœud de la plateforme</translation>
    </message>
    <message>
        <source>No service vendors yet</source>
        <translation>Aucun éditeur de services pour l&apos;instant</translation>
    </message>
    <message>
        <source>Vendors of migration, analytics and compliance tools for storage consumers are listed here once they register. To sell a service yourself, switch to the Provider role and choose &quot;Service vendor&quot; on the first page of the registration.</source>
        <translation>Les éditeurs d&apos;outils de migration, d&apos;analyse et de conformité destinés aux clients du stockage sont listés ici dès leur inscription. Pour vendre vous-même un service, passez au rôle Fournisseur et choisissez « Éditeur de services » sur la première page de l&apos;inscription.</translation>
    </message>
    <message>
        <source>No vendor matches</source>
        <translation>Aucun éditeur ne correspond</translation>
    </message>
    <message>
        <source>No service vendor matches this search. Clear the search or show uncertified vendors too.</source>
        <translation>Aucun éditeur de services ne correspond à cette recherche. Effacez la recherche ou affichez aussi les éditeurs non certifiés.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Search vendors and their services</source>
        <translation>Rechercher des éditeurs et leurs services</translation>
    </message>
    <message>
        <source>Lists the vendors whose name, services, jurisdiction or account contains this text</source>
        <translation>Liste les éditeurs dont le nom, les services, la juridiction ou le compte contiennent ce texte</translation>
    </message>
    <message>
        <source>Only vendors whose certification is approved and unexpired</source>
        <translation>Uniquement les éditeurs dont la certification est approuvée et en cours de validité</translation>
    </message>
    <message>
        <source>Service vendors</source>
        <translation>Éditeurs de services</translation>
    </message>
    <message numerus="yes">
        <source>%n vendor(s)</source>
        <translation>
            <numerusform>%n éditeur</numerusform>
            <numerusform>%n éditeurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::OfferEditorDialog</name>
    <message>
        <source>New offer</source>
        <translation>Nouvelle offre</translation>
    </message>
    <message>
        <source>Duplicate offer</source>
        <translation>Dupliquer l&apos;offre</translation>
    </message>
    <message>
        <source>Edit offer</source>
        <translation>Modifier l&apos;offre</translation>
    </message>
    <message>
        <source>What consumers see in the Marketplace.</source>
        <translation>Ce que les clients voient sur la place de marché.</translation>
    </message>
    <message>
        <source>The region the data lives in, as consumers filter by it.</source>
        <translation>La région où les données sont stockées, telle que les clients la filtrent.</translation>
    </message>
    <message>
        <source>ISO country code of the site (two letters).</source>
        <translation>Code pays ISO du site (deux lettres).</translation>
    </message>
    <message>
        <source>Consumers reach the store with %1.</source>
        <translation>Les clients accèdent au stockage via %1.</translation>
    </message>
    <message>
        <source>US dollars per GB stored for 30 days, up to 7 decimals (0.023 = 2.3 cents).</source>
        <translation>Dollars US par Go stocké pendant 30 jours, jusqu&apos;à 7 décimales (0.023 = 2,3 cents).</translation>
    </message>
    <message>
        <source>US dollars per GB downloaded by the consumer.</source>
        <translation>Dollars US par Go téléchargé par le client.</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> Go</translation>
    </message>
    <message>
        <source>How much you sell through this offer (1 GB = 10^9 bytes).</source>
        <translation>Quantité vendue via cette offre (1 Go = 10^9 octets).</translation>
    </message>
    <message>
        <source>The service level you promise; choosing one fills in its usual targets.</source>
        <translation>Le niveau de service que vous promettez ; en choisir un remplit ses objectifs habituels.</translation>
    </message>
    <message>
        <source>The share of QoS probes that must succeed. Missing it withholds part of your earnings.</source>
        <translation>La part des sondes de QoS qui doivent réussir. La manquer retient une partie de vos gains.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>The slowest answer a QoS probe may get.</source>
        <translation>La réponse la plus lente admise pour une sonde de QoS.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Consumers may pay in %1.</source>
        <translation>Les clients peuvent payer en %1.</translation>
    </message>
    <message>
        <source>Encryption at rest</source>
        <translation>Chiffrement au repos</translation>
    </message>
    <message>
        <source>Versioning</source>
        <translation>Gestion des versions</translation>
    </message>
    <message>
        <source>Object lock</source>
        <translation>Verrouillage d&apos;objets</translation>
    </message>
    <message>
        <source>Where the QoS oracle probes this offer: your tested store.</source>
        <translation>Où l&apos;oracle de QoS sonde cette offre : votre stockage testé.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>Protocols:</source>
        <translation>Protocoles :</translation>
    </message>
    <message>
        <source>&amp;Storage price (USD/GB-month):</source>
        <translation>Prix du &amp;stockage (USD/Go-mois) :</translation>
    </message>
    <message>
        <source>&amp;Egress price (USD/GB):</source>
        <translation>Prix du trafic s&amp;ortant (USD/Go) :</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacité :</translation>
    </message>
    <message>
        <source>&amp;QoS tier:</source>
        <translation>Niveau de &amp;QoS :</translation>
    </message>
    <message>
        <source>&amp;Uptime target:</source>
        <translation>Objectif de &amp;disponibilité :</translation>
    </message>
    <message>
        <source>&amp;Latency target:</source>
        <translation>Objectif de &amp;latence :</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <source>Currencies:</source>
        <translation>Devises :</translation>
    </message>
    <message>
        <source>Features:</source>
        <translation>Fonctionnalités :</translation>
    </message>
    <message>
        <source>End&amp;point:</source>
        <translation>Poin&amp;t d&apos;accès :</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Give the offer a name.</source>
        <translation>Donnez un nom à l&apos;offre.</translation>
    </message>
    <message>
        <source>Enter the region the data lives in.</source>
        <translation>Saisissez la région où les données sont stockées.</translation>
    </message>
    <message>
        <source>Choose at least one protocol.</source>
        <translation>Choisissez au moins un protocole.</translation>
    </message>
    <message>
        <source>Prices are US dollars with up to 7 decimals, such as 0.023.</source>
        <translation>Les prix sont en dollars US avec jusqu&apos;à 7 décimales, par exemple 0.023.</translation>
    </message>
    <message>
        <source>Accept at least one currency.</source>
        <translation>Acceptez au moins une devise.</translation>
    </message>
    <message>
        <source>The minimum duration is longer than the maximum.</source>
        <translation>La durée minimale dépasse la durée maximale.</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> jour</numerusform>
            <numerusform> jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::OfferFilterPanel</name>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Only offers in this region</source>
        <translation>Uniquement les offres de cette région</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Only offers whose data stays in this country</source>
        <translation>Uniquement les offres dont les données restent dans ce pays</translation>
    </message>
    <message>
        <source>Minimum QoS tier</source>
        <translation>Niveau de QoS minimal</translation>
    </message>
    <message>
        <source>Only offers of this QoS tier or better</source>
        <translation>Uniquement les offres de ce niveau de QoS ou supérieur</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Only offers speaking this storage protocol</source>
        <translation>Uniquement les offres utilisant ce protocole de stockage</translation>
    </message>
    <message>
        <source>Certified providers only</source>
        <translation>Fournisseurs certifiés uniquement</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Filtres enregistrés</translation>
    </message>
    <message>
        <source>Apply a filter you saved</source>
        <translation>Appliquer un filtre que vous avez enregistré</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Search offers, providers</source>
        <translation>Rechercher des offres, des fournisseurs</translation>
    </message>
    <message>
        <source>Search offers</source>
        <translation>Rechercher des offres</translation>
    </message>
    <message>
        <source>Matches offer and provider names (Ctrl+F)</source>
        <translation>Recherche dans les noms d’offres et de fournisseurs (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Tout niveau</translation>
    </message>
    <message>
        <source>Bronze or better</source>
        <translation>Bronze ou mieux</translation>
    </message>
    <message>
        <source>Silver or better</source>
        <translation>Argent ou mieux</translation>
    </message>
    <message>
        <source>Gold or better</source>
        <translation>Or ou mieux</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>Platine</translation>
    </message>
    <message>
        <source>Only providers whose certification is approved and not expired</source>
        <translation>Uniquement les fournisseurs dont la certification est approuvée et non expirée</translation>
    </message>
    <message>
        <source>Any price</source>
        <translation>Tout prix</translation>
    </message>
    <message>
        <source>Maximum storage price per GB-month</source>
        <translation>Prix de stockage maximal par Go-mois</translation>
    </message>
    <message>
        <source>Highest storage price per GB and month; 0 means any</source>
        <translation>Prix de stockage le plus élevé par Go et par mois ; 0 signifie sans limite</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <source>Minimum reputation</source>
        <translation>Réputation minimale</translation>
    </message>
    <message>
        <source>Lowest provider reputation (0 to 100); 0 means any</source>
        <translation>Réputation minimale du fournisseur (0 à 100) ; 0 signifie sans limite</translation>
    </message>
    <message>
        <source> TB</source>
        <translation> To</translation>
    </message>
    <message>
        <source>Minimum free capacity in terabytes</source>
        <translation>Capacité libre minimale en téraoctets</translation>
    </message>
    <message>
        <source>Only offers with at least this much free capacity; 0 means any</source>
        <translation>Uniquement les offres ayant au moins cette capacité libre ; 0 signifie sans limite</translation>
    </message>
    <message>
        <source>Save the current filter</source>
        <translation>Enregistrer le filtre actuel</translation>
    </message>
    <message>
        <source>Save the current filter under a name</source>
        <translation>Enregistrer le filtre actuel sous un nom</translation>
    </message>
    <message>
        <source>Delete the selected saved filter</source>
        <translation>Supprimer le filtre enregistré sélectionné</translation>
    </message>
    <message>
        <source>Show every offer again</source>
        <translation>Afficher à nouveau toutes les offres</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Région</translation>
    </message>
    <message>
        <source>Minimum &amp;tier</source>
        <translation>&amp;Niveau minimal</translation>
    </message>
    <message>
        <source>Max storage price / GB-month</source>
        <translation>Prix de stockage max. / Go-mois</translation>
    </message>
    <message>
        <source>Min reputation</source>
        <translation>Réputation min.</translation>
    </message>
    <message>
        <source>Min free capacity</source>
        <translation>Capacité libre min.</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Toute région</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Tout pays</translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation>Tout protocole</translation>
    </message>
    <message>
        <source>No saved filters</source>
        <translation>Aucun filtre enregistré</translation>
    </message>
    <message>
        <source>Choose a saved filter</source>
        <translation>Choisir un filtre enregistré</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Enregistrer le filtre</translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation>Nom de ce filtre :</translation>
    </message>
    <message>
        <source>Cou&amp;ntry</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <source>Protoco&amp;l</source>
        <translation>Pro&amp;tocole</translation>
    </message>
</context>
<context>
    <name>fb::ui::OfferTableModel</name>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Not certified</source>
        <translation>Non certifié</translation>
    </message>
    <message>
        <source>Certified (%1), valid until %2</source>
        <translation>Certifié (%1), valable jusqu’au %2</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>Certified (%1)</source>
        <translation>Certifié (%1)</translation>
    </message>
    <message>
        <source>Measured uptime %1; the offer targets %2</source>
        <translation>Disponibilité mesurée %1 ; l’offre vise %2</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>pas encore mesurée</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Measured latency %1; the offer targets at most %2</source>
        <translation>Latence mesurée %1 ; l’offre vise au plus %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Provider reputation, 0 to 100</source>
        <translation>Réputation du fournisseur, de 0 à 100</translation>
    </message>
    <message>
        <source>Open the provider with Enter or a double click</source>
        <translation>Ouvrez le fournisseur avec Entrée ou un double-clic</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Certifié</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 / ≤%2 ms</source>
        <translation>%1 / ≤%2 ms</translation>
    </message>
    <message>
        <source>Provider certification approved by the platform and not expired</source>
        <translation>Certification du fournisseur approuvée par la plateforme et non expirée</translation>
    </message>
    <message>
        <source>Storage price per GB and month, in %1</source>
        <translation>Prix du stockage par Go et par mois, en %1</translation>
    </message>
    <message>
        <source>Download (egress) price per GB, in %1</source>
        <translation>Prix du téléchargement (trafic sortant) par Go, en %1</translation>
    </message>
    <message>
        <source>Measured uptime / the offer&apos;s uptime target</source>
        <translation>Disponibilité mesurée / disponibilité visée par l’offre</translation>
    </message>
    <message>
        <source>Measured latency / the offer&apos;s latency target</source>
        <translation>Latence mesurée / latence visée par l’offre</translation>
    </message>
    <message>
        <source>Capacity still free for new SLAs</source>
        <translation>Capacité encore libre pour de nouveaux SLA</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protocoles</translation>
    </message>
    <message>
        <source>Storage
per GB-mo</source>
        <translation>Stockage
par Go-mois</translation>
    </message>
    <message>
        <source>Egress
per GB</source>
        <translation>Sortant
par Go</translation>
    </message>
    <message>
        <source>QoS
tier</source>
        <translation>Niveau
QoS</translation>
    </message>
    <message>
        <source>Uptime
/ target</source>
        <translation>Disponibilité
/ visée</translation>
    </message>
    <message>
        <source>Latency
/ target</source>
        <translation>Latence
/ visée</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Réputation</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
</context>
<context>
    <name>fb::ui::OffersPanel</name>
    <message>
        <source>Your offers</source>
        <translation>Vos offres</translation>
    </message>
    <message>
        <source>No offers yet</source>
        <translation>Aucune offre pour l&apos;instant</translation>
    </message>
    <message>
        <source>An offer is what consumers buy: capacity at a price, in a region, with QoS targets. Publishing needs an approved certification.</source>
        <translation>Une offre est ce qu&apos;achètent les clients : une capacité à un prix, dans une région, avec des objectifs de QoS. La publication nécessite une certification approuvée.</translation>
    </message>
    <message>
        <source>Publish a first offer…</source>
        <translation>Publier une première offre…</translation>
    </message>
    <message>
        <source>Opens the offer editor (Ctrl+N)</source>
        <translation>Ouvre l&apos;éditeur d&apos;offre (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;New offer…</source>
        <translation>&amp;Nouvelle offre…</translation>
    </message>
    <message>
        <source>Publish a new offer (Ctrl+N)</source>
        <translation>Publier une nouvelle offre (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;upliquer…</translation>
    </message>
    <message>
        <source>Publish a copy of the selected offer under another name</source>
        <translation>Publier une copie de l&apos;offre sélectionnée sous un autre nom</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Locked while a deal uses it: its terms stay as the consumer agreed. Duplicate it to offer other terms.</source>
        <translation>Verrouillée tant qu&apos;un accord l&apos;utilise : ses conditions restent celles acceptées par le client. Dupliquez-la pour proposer d&apos;autres conditions.</translation>
    </message>
    <message>
        <source>Change the selected offer&apos;s terms (Enter)</source>
        <translation>Modifier les conditions de l&apos;offre sélectionnée (Entrée)</translation>
    </message>
    <message>
        <source>Remove the selected offer from the Marketplace</source>
        <translation>Retirer l&apos;offre sélectionnée de la place de marché</translation>
    </message>
    <message>
        <source>This offer is locked by %1. %2</source>
        <translation>Cette offre est verrouillée par %1. %2</translation>
    </message>
    <message>
        <source>Withdraw offer</source>
        <translation>Retirer l&apos;offre</translation>
    </message>
    <message>
        <source>Withdraw &quot;%1&quot; from the Marketplace?</source>
        <translation>Retirer « %1 » de la place de marché ?</translation>
    </message>
    <message>
        <source>Consumers can no longer choose it. Deals already made are not affected. This cannot be undone; you can publish it again as a new offer.</source>
        <translation>Les clients ne pourront plus la choisir. Les accords déjà conclus ne sont pas affectés. Cette action est irréversible ; vous pourrez la republier comme nouvelle offre.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>fb::ui::OfflineSignerWindow</name>
    <message>
        <source>Flashback — offline signer</source>
        <translation>Flashback — signataire hors ligne</translation>
    </message>
    <message>
        <source>Offline signer — no network</source>
        <translation>Signataire hors ligne — aucun réseau</translation>
    </message>
    <message>
        <source>&amp;Sign a transaction</source>
        <translation>&amp;Signer une transaction</translation>
    </message>
    <message>
        <source>Review and sign a transaction made on the online computer</source>
        <translation>Vérifier et signer une transaction créée sur l&apos;ordinateur en ligne</translation>
    </message>
    <message>
        <source>&amp;Wallet</source>
        <translation>&amp;Portefeuille</translation>
    </message>
    <message>
        <source>This computer&apos;s wallet: its accounts and keys</source>
        <translation>Le portefeuille de cet ordinateur : ses comptes et ses clés</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open transaction…</source>
        <translation>&amp;Ouvrir une transaction…</translation>
    </message>
    <message>
        <source>&amp;Restart online</source>
        <translation>&amp;Redémarrer en ligne</translation>
    </message>
    <message>
        <source>Restart Flashback with the marketplace, sync and transfers</source>
        <translation>Redémarrer Flashback avec la place de marché, la synchronisation et les transferts</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Offline: no node, no network connection.</source>
        <translation>Hors ligne : aucun nœud, aucune connexion réseau.</translation>
    </message>
    <message>
        <source>This mode starts no node and opens no connection: transactions come and go as files, text or QR codes.</source>
        <translation>Ce mode ne démarre aucun nœud et n&apos;ouvre aucune connexion : les transactions circulent sous forme de fichiers, de texte ou de codes QR.</translation>
    </message>
</context>
<context>
    <name>fb::ui::OnboardingWizard</name>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;S&apos;inscrire</translation>
    </message>
    <message>
        <source>Check the settings and test again.</source>
        <translation>Vérifiez les paramètres et testez de nouveau.</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Votre entreprise</translation>
    </message>
    <message>
        <source>Consumers see this when they compare offers. You can change it later.</source>
        <translation>Les clients voient ces informations en comparant les offres. Vous pourrez les modifier plus tard.</translation>
    </message>
    <message>
        <source>&amp;Storage provider: I sell storage capacity</source>
        <translation>Fournisseur de &amp;stockage : je vends de la capacité de stockage</translation>
    </message>
    <message>
        <source>Publish storage offers that consumers buy in the Marketplace.</source>
        <translation>Publiez des offres de stockage que les clients achètent sur la place de marché.</translation>
    </message>
    <message>
        <source>Ser&amp;vice vendor: I sell services to storage consumers (migration, analytics, compliance tools)</source>
        <translation>Éditeur de ser&amp;vices : je vends des services aux clients du stockage (outils de migration, d&apos;analyse, de conformité)</translation>
    </message>
    <message>
        <source>Service vendors follow the same certification path and are listed in the Marketplace&apos;s Services tab.</source>
        <translation>Les éditeurs de services suivent le même parcours de certification et sont listés dans l&apos;onglet Services de la place de marché.</translation>
    </message>
    <message>
        <source>e.g. Rhein Storage GmbH</source>
        <translation>p. ex. Rhein Storage GmbH</translation>
    </message>
    <message>
        <source>Cloud (data centres you run or rent)</source>
        <translation>Cloud (centres de données que vous exploitez ou louez)</translation>
    </message>
    <message>
        <source>DePIN network (Filecoin, Storj, AIOZ, …)</source>
        <translation>Réseau DePIN (Filecoin, Storj, AIOZ, …)</translation>
    </message>
    <message>
        <source>How your storage is built: a classic cloud or a decentralised network of nodes.</source>
        <translation>Comment votre stockage est constitué : un cloud classique ou un réseau décentralisé de nœuds.</translation>
    </message>
    <message>
        <source>Country or legal area: DE, EU, US-CA</source>
        <translation>Pays ou zone juridique : DE, EU, US-CA</translation>
    </message>
    <message>
        <source>Where your business is registered: the law your contracts follow.</source>
        <translation>Où votre entreprise est immatriculée : le droit applicable à vos contrats.</translation>
    </message>
    <message>
        <source>ops@example.com</source>
        <translation>ops@example.com</translation>
    </message>
    <message>
        <source>How consumers and the platform&apos;s admins reach you.</source>
        <translation>Comment les clients et les administrateurs de la plateforme vous joignent.</translation>
    </message>
    <message>
        <source>What you offer, where your sites are, what makes you reliable.</source>
        <translation>Ce que vous proposez, où sont vos sites, ce qui vous rend fiable.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>&amp;Juridiction :</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontact :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Name, jurisdiction and contact are required.</source>
        <translation>Le nom, la juridiction et le contact sont obligatoires.</translation>
    </message>
    <message>
        <source>Where you sell from</source>
        <translation>D&apos;où vous vendez</translation>
    </message>
    <message>
        <source>The store your consumers&apos; data goes to. Flashback tests it now: it lists, writes, reads back and deletes a small probe object.</source>
        <translation>Le stockage où vont les données de vos clients. Flashback le teste maintenant : il liste, écrit, relit et supprime un petit objet de test.</translation>
    </message>
    <message>
        <source>A &amp;local folder (development network)</source>
        <translation>Un dossier &amp;local (réseau de développement)</translation>
    </message>
    <message>
        <source>For trying things out on the local network: consumers on this machine store into this folder.</source>
        <translation>Pour faire des essais sur le réseau local : les clients de cette machine stockent dans ce dossier.</translation>
    </message>
    <message>
        <source>An S&amp;3-compatible bucket</source>
        <translation>Un bucket compatible S&amp;3</translation>
    </message>
    <message>
        <source>AWS S3, MinIO, Ceph, Wasabi, Storj&apos;s gateway or any store that speaks the S3 API.</source>
        <translation>AWS S3, MinIO, Ceph, Wasabi, la passerelle de Storj ou tout stockage compatible avec l&apos;API S3.</translation>
    </message>
    <message>
        <source>An absolute folder. On the embedded local network the node only accepts folders under its demo-storage folder, as suggested.</source>
        <translation>Un dossier absolu. Sur le réseau local intégré, le nœud n&apos;accepte que les dossiers situés sous son dossier demo-storage, comme suggéré.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Choisir le dossier</translation>
    </message>
    <message>
        <source>Storage folder</source>
        <translation>Dossier de stockage</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>Kept in protected memory for this session only; never written to disk. Flashback asks for it again when it needs it after a restart.</source>
        <translation>Conservée en mémoire protégée pour cette session uniquement ; jamais écrite sur le disque. Flashback la redemande au besoin après un redémarrage.</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Point d&apos;accès :</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>&amp;Bucket :</translation>
    </message>
    <message>
        <source>&amp;Access key:</source>
        <translation>Clé d&apos;&amp;accès :</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>Clé &amp;secrète :</translation>
    </message>
    <message>
        <source>&amp;Test the store</source>
        <translation>&amp;Tester le stockage</translation>
    </message>
    <message>
        <source>Lists, writes, reads back and deletes a probe object.</source>
        <translation>Liste, écrit, relit et supprime un objet de test.</translation>
    </message>
    <message>
        <source>Not tested yet: test the store to go on.</source>
        <translation>Pas encore testé : testez le stockage pour continuer.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>S&apos;inscrire</translation>
    </message>
    <message>
        <source>Register signs your business to your wallet&apos;s account on %1.</source>
        <translation>L&apos;inscription lie votre entreprise au compte de votre portefeuille sur %1.</translation>
    </message>
    <message>
        <source>the platform</source>
        <translation>la plateforme</translation>
    </message>
    <message>
        <source>Next, on your provider panel: request certification (an admin reviews it), then publish your first offer.</source>
        <translation>Ensuite, sur votre tableau de bord fournisseur : demandez la certification (un administrateur l&apos;examine), puis publiez votre première offre.</translation>
    </message>
    <message>
        <source>Settings changed: test the store again to go on.</source>
        <translation>Paramètres modifiés : testez de nouveau le stockage pour continuer.</translation>
    </message>
    <message>
        <source>Enter an absolute folder path.</source>
        <translation>Saisissez un chemin de dossier absolu.</translation>
    </message>
    <message>
        <source>Enter an http(s) endpoint, a bucket and an access key.</source>
        <translation>Saisissez un point d&apos;accès http(s), un bucket et une clé d&apos;accès.</translation>
    </message>
    <message>
        <source>%1 (%2), %3, contact %4.</source>
        <translation>%1 (%2), %3, contact %4.</translation>
    </message>
    <message>
        <source>service vendor</source>
        <translation>éditeur de services</translation>
    </message>
    <message>
        <source>storage provider</source>
        <translation>fournisseur de stockage</translation>
    </message>
    <message>
        <source>Sells from: %1 (tested).</source>
        <translation>Vend depuis : %1 (testé).</translation>
    </message>
    <message>
        <source>Not connected to a platform node: check the status bar.</source>
        <translation>Non connecté à un nœud de la plateforme : consultez la barre d&apos;état.</translation>
    </message>
</context>
<context>
    <name>fb::ui::OverviewPanel</name>
    <message>
        <source>0 to 100, from your measured QoS: it rises while you meet your targets and falls with breaches. New providers start at 50.</source>
        <translation>De 0 à 100, d&apos;après votre QoS mesurée : elle monte quand vous atteignez vos objectifs et baisse en cas de manquement. Les nouveaux fournisseurs commencent à 50.</translation>
    </message>
    <message>
        <source>Your provider account</source>
        <translation>Votre compte fournisseur</translation>
    </message>
    <message>
        <source>Business:</source>
        <translation>Entreprise :</translation>
    </message>
    <message>
        <source>Reputation:</source>
        <translation>Réputation :</translation>
    </message>
    <message>
        <source>Certification:</source>
        <translation>Certification :</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Stockage :</translation>
    </message>
    <message>
        <source>What next</source>
        <translation>Étapes suivantes</translation>
    </message>
    <message>
        <source>Request &amp;certification…</source>
        <translation>Demander la &amp;certification…</translation>
    </message>
    <message>
        <source>Opens the certification request</source>
        <translation>Ouvre la demande de certification</translation>
    </message>
    <message>
        <source>Publish a first &amp;offer…</source>
        <translation>Publier une première &amp;offre…</translation>
    </message>
    <message>
        <source>Opens the offer editor</source>
        <translation>Ouvre l&apos;éditeur d&apos;offre</translation>
    </message>
    <message>
        <source>Answer &amp;deals…</source>
        <translation>Répondre aux &amp;accords…</translation>
    </message>
    <message>
        <source>Opens the deals awaiting your answer</source>
        <translation>Ouvre les accords en attente de votre réponse</translation>
    </message>
    <message>
        <source>%1 — %2, %3, %4</source>
        <translation>%1 — %2, %3, %4</translation>
    </message>
    <message>
        <source>service vendor</source>
        <translation>éditeur de services</translation>
    </message>
    <message>
        <source>storage provider</source>
        <translation>fournisseur de stockage</translation>
    </message>
    <message>
        <source>DePIN network</source>
        <translation>réseau DePIN</translation>
    </message>
    <message>
        <source>cloud</source>
        <translation>cloud</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>Approved, %1 level, until %2</source>
        <translation>Approuvée, niveau %1, jusqu&apos;au %2</translation>
    </message>
    <message>
        <source>Pending: an admin is reviewing your request</source>
        <translation>En attente : un administrateur examine votre demande</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Refusée : %1</translation>
    </message>
    <message>
        <source>Not requested yet</source>
        <translation>Pas encore demandée</translation>
    </message>
    <message>
        <source>Service vendors sell no storage.</source>
        <translation>Les éditeurs de services ne vendent pas de stockage.</translation>
    </message>
    <message>
        <source>Not set up on this computer: deals cannot be accepted from here until it is.</source>
        <translation>Non configuré sur cet ordinateur : impossible d&apos;accepter des accords d&apos;ici tant qu&apos;il ne l&apos;est pas.</translation>
    </message>
    <message>
        <source>Local folder %1</source>
        <translation>Dossier local %1</translation>
    </message>
    <message>
        <source>S3 bucket %1 at %2</source>
        <translation>Bucket S3 %1 sur %2</translation>
    </message>
    <message>
        <source>1. Request certification: the platform&apos;s admins check your business and documents. Consumers only see certified providers.</source>
        <translation>1. Demandez la certification : les administrateurs de la plateforme vérifient votre entreprise et vos documents. Les clients ne voient que les fournisseurs certifiés.</translation>
    </message>
    <message>
        <source>1. Wait for the admins&apos; decision on your certification. You will be notified.</source>
        <translation>1. Attendez la décision des administrateurs sur votre certification. Vous serez averti.</translation>
    </message>
    <message>
        <source>%1. Publish a first offer: capacity, price, region and QoS targets.</source>
        <translation>%1. Publiez une première offre : capacité, prix, région et objectifs de QoS.</translation>
    </message>
    <message numerus="yes">
        <source>%1. Answer %n deal(s) awaiting you in Deals.</source>
        <translation>
            <numerusform>%1. Répondez à l&apos;accord qui vous attend dans Accords.</numerusform>
            <numerusform>%1. Répondez aux %n accords qui vous attendent dans Accords.</numerusform>
        </translation>
    </message>
    <message>
        <source>All set: your offers are listed. New deals appear in Deals, and a notification tells you when one arrives.</source>
        <translation>Tout est prêt : vos offres sont listées. Les nouveaux accords apparaissent dans Accords, et une notification vous avertit de leur arrivée.</translation>
    </message>
    <message>
        <source>Publishing needs an approved certification first.</source>
        <translation>La publication nécessite d&apos;abord une certification approuvée.</translation>
    </message>
</context>
<context>
    <name>fb::ui::PricingAssistantPanel</name>
    <message>
        <source>&amp;Use this price</source>
        <translation>&amp;Utiliser ce prix</translation>
    </message>
    <message>
        <source>Pricing assistant</source>
        <translation>Assistant de tarification</translation>
    </message>
    <message>
        <source>Price distribution of comparable offers</source>
        <translation>Répartition des prix des offres comparables</translation>
    </message>
    <message>
        <source>Target utilisation</source>
        <translation>Utilisation visée</translation>
    </message>
    <message>
        <source>The share of this offer&apos;s capacity you want to sell. A higher target asks for a lower price.</source>
        <translation>La part de la capacité de cette offre que vous souhaitez vendre. Un objectif plus élevé implique un prix plus bas.</translation>
    </message>
    <message>
        <source>&amp;Target utilisation:</source>
        <translation>Utilisation &amp;visée :</translation>
    </message>
    <message>
        <source>Suggested price:</source>
        <translation>Prix suggéré :</translation>
    </message>
    <message>
        <source>Put the suggested price into the offer&apos;s storage price</source>
        <translation>Reporter le prix suggéré dans le prix de stockage de l&apos;offre</translation>
    </message>
    <message>
        <source>Set the offer&apos;s region, QoS tier and protocol to compare its price with the market.</source>
        <translation>Définissez la région, le niveau de QoS et le protocole de l&apos;offre pour comparer son prix au marché.</translation>
    </message>
    <message>
        <source>Choose a region and at least one protocol: the assistant compares the price with offers of the same region, QoS tier and protocol.</source>
        <translation>Choisissez une région et au moins un protocole : l&apos;assistant compare le prix aux offres de même région, niveau de QoS et protocole.</translation>
    </message>
    <message>
        <source>No other offer in the market sells %1 storage in %2 at the %3 tier yet, so there is nothing to compare with. Your price sets the market here; compare with a neighbouring region or tier to place it.</source>
        <translation>Aucune autre offre du marché ne vend encore de stockage %1 en %2 au niveau %3 : il n&apos;y a rien à comparer. Votre prix fait le marché ici ; comparez avec une région ou un niveau voisin pour le situer.</translation>
    </message>
    <message numerus="yes">
        <source>Your price, %1 per GB-month, sits at the %2 percentile of %n comparable offer(s) (%3, %4 tier, %5).</source>
        <translation>
            <numerusform>Votre prix, %1 par Go-mois, se situe au %2 centile de %n offre comparable (%3, niveau %4, %5).</numerusform>
            <numerusform>Votre prix, %1 par Go-mois, se situe au %2 centile de %n offres comparables (%3, niveau %4, %5).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 per GB-month</source>
        <translation>%1 par Go-mois</translation>
    </message>
    <message>
        <source>the platform fee (not known yet: no node)</source>
        <translation>les frais de plateforme (encore inconnus : aucun nœud)</translation>
    </message>
    <message>
        <source>the platform fee of %1</source>
        <translation>les frais de plateforme de %1</translation>
    </message>
    <message>
        <source>Set the offer&apos;s capacity to project monthly earnings.</source>
        <translation>Définissez la capacité de l&apos;offre pour estimer les gains mensuels.</translation>
    </message>
    <message>
        <source>These figures are too large to project exactly.</source>
        <translation>Ces chiffres sont trop grands pour une estimation exacte.</translation>
    </message>
    <message>
        <source>Projected: selling %1 of %2 at this price earns you %3 a month. Consumers pay %4, which includes %5 (%6, added on top of your price).</source>
        <translation>Estimation : vendre %1 de %2 à ce prix vous rapporte %3 par mois. Les clients paient %4, ce qui inclut %5 (%6, ajoutés à votre prix).</translation>
    </message>
    <message>
        <source>At your own price the model expects %1 utilisation: %2 a month for you.</source>
        <translation>À votre propre prix, le modèle prévoit une utilisation de %1 : %2 par mois pour vous.</translation>
    </message>
    <message>
        <source>Comparable offers</source>
        <translation>Offres comparables</translation>
    </message>
    <message>
        <source>Your price</source>
        <translation>Votre prix</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggéré</translation>
    </message>
    <message>
        <source>USD per GB-month</source>
        <translation>USD par Go-mois</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
</context>
<context>
    <name>fb::ui::ProviderDashboard</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Devise :</translation>
    </message>
    <message>
        <source>Amounts are shown in the coin each deal was paid in; coins are never added together.</source>
        <translation>Les montants sont affichés dans la monnaie de paiement de chaque accord ; les monnaies ne sont jamais additionnées.</translation>
    </message>
    <message>
        <source>Reload earnings, capacity, QoS and disputes from the platform</source>
        <translation>Recharger les gains, la capacité, la QoS et les litiges depuis la plateforme</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Gains</translation>
    </message>
    <message>
        <source>No paid deals yet. When a consumer pays for one of your offers, the escrow, releases and fees appear here in the coin they paid.</source>
        <translation>Aucun accord payé pour l&apos;instant. Lorsqu&apos;un client paie l&apos;une de vos offres, le séquestre, les versements et les frais apparaissent ici dans la monnaie de paiement.</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>Released to you</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>In escrow (now)</source>
        <translation>En séquestre (actuellement)</translation>
    </message>
    <message>
        <source>Withheld for QoS (now)</source>
        <translation>Retenu pour QoS (actuellement)</translation>
    </message>
    <message>
        <source>Slashed</source>
        <translation>Pénalisé</translation>
    </message>
    <message>
        <source>Platform fees</source>
        <translation>Frais de plateforme</translation>
    </message>
    <message>
        <source>Paid out of escrow to your payout address.</source>
        <translation>Versé depuis le séquestre à votre adresse de versement.</translation>
    </message>
    <message>
        <source>Paid by consumers and still held in escrow for running deals.</source>
        <translation>Payé par les clients et encore en séquestre pour les accords en cours.</translation>
    </message>
    <message>
        <source>Earned by time but held in escrow because the offer&apos;s QoS is under its target; the next settlement that meets the targets releases it.</source>
        <translation>Acquis avec le temps mais retenu en séquestre car la QoS de l&apos;offre est sous son objectif ; le prochain règlement qui atteint les objectifs le libère.</translation>
    </message>
    <message>
        <source>Taken from your pay and returned to consumers for QoS failures.</source>
        <translation>Prélevé sur votre rémunération et rendu aux clients pour défauts de QoS.</translation>
    </message>
    <message>
        <source>The platform&apos;s fee on your deals, paid by consumers on top of your price.</source>
        <translation>Les frais de la plateforme sur vos accords, payés par les clients en plus de votre prix.</translation>
    </message>
    <message>
        <source>Earnings &amp;by:</source>
        <translation>Gains &amp;par :</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Revenue by month</source>
        <translation>Revenus par mois</translation>
    </message>
    <message>
        <source>Revenue by month: released and contracted</source>
        <translation>Revenus par mois : versés et contractés</translation>
    </message>
    <message>
        <source>Released: paid to you in that month. Contracted: what running deals will still accrue in that month at full QoS.</source>
        <translation>Versés : payés ce mois-là. Contractés : ce que les accords en cours rapporteront encore ce mois-là avec une QoS complète.</translation>
    </message>
    <message>
        <source>Capacity sold and free</source>
        <translation>Capacité vendue et libre</translation>
    </message>
    <message>
        <source>Quality of service</source>
        <translation>Qualité de service</translation>
    </message>
    <message>
        <source>O&amp;ffer:</source>
        <translation>O&amp;ffre :</translation>
    </message>
    <message>
        <source>O&amp;ver:</source>
        <translation>&amp;Sur :</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 heures</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Litiges</translation>
    </message>
    <message>
        <source>Select a dispute to read the platform&apos;s evidence.</source>
        <translation>Sélectionnez un litige pour lire les preuves de la plateforme.</translation>
    </message>
    <message>
        <source>The platform&apos;s admins decide each dispute (refund, slash or dismiss) from this QoS evidence and your response. Select an open dispute and write your response below it.</source>
        <translation>Les administrateurs de la plateforme tranchent chaque litige (remboursement, pénalité ou rejet) d&apos;après ces preuves de QoS et votre réponse. Sélectionnez un litige ouvert et rédigez votre réponse en dessous.</translation>
    </message>
    <message>
        <source>&amp;Copy dispute id</source>
        <translation>&amp;Copier l&apos;identifiant du litige</translation>
    </message>
    <message>
        <source>Your response</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>Your side of the selected open dispute: what happened, what you fixed. The consumer and the admins read it.</source>
        <translation>Votre version du litige ouvert sélectionné : ce qui s&apos;est passé, ce que vous avez corrigé. Le client et les administrateurs la liront.</translation>
    </message>
    <message>
        <source>Send &amp;response</source>
        <translation>Envoyer la &amp;réponse</translation>
    </message>
    <message>
        <source>Send your response on the selected dispute to the platform&apos;s admins</source>
        <translation>Envoyer votre réponse au litige sélectionné aux administrateurs de la plateforme</translation>
    </message>
    <message>
        <source>Sending your response…</source>
        <translation>Envoi de votre réponse…</translation>
    </message>
    <message>
        <source>Your response was not sent: %1</source>
        <translation>Votre réponse n&apos;a pas été envoyée : %1</translation>
    </message>
    <message>
        <source>Your response to %1 was sent to the platform.</source>
        <translation>Votre réponse à %1 a été envoyée à la plateforme.</translation>
    </message>
    <message>
        <source>Loading the provider dashboard…</source>
        <translation>Chargement du tableau de bord fournisseur…</translation>
    </message>
    <message>
        <source>Not connected to a platform node. Choose a node in Settings, or start the local network, to see your earnings.</source>
        <translation>Non connecté à un nœud de la plateforme. Choisissez un nœud dans les Paramètres, ou démarrez le réseau local, pour voir vos gains.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>This account is not registered as a provider yet. Register as a provider to publish offers; your earnings, capacity and QoS then appear here.</source>
        <translation>Ce compte n&apos;est pas encore inscrit comme fournisseur. Inscrivez-vous comme fournisseur pour publier des offres ; vos gains, votre capacité et votre QoS apparaîtront alors ici.</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>Mis à jour le %1.</translation>
    </message>
    <message>
        <source>certified (%1) until %2</source>
        <translation>certifié (%1) jusqu&apos;au %2</translation>
    </message>
    <message>
        <source>certified (%1)</source>
        <translation>certifié (%1)</translation>
    </message>
    <message>
        <source>EXPIRED: request certification again</source>
        <translation>EXPIRÉE : demandez de nouveau la certification</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s): request renewal on the Certification tab</source>
        <translation>
            <numerusform>expire dans %n jour : demandez le renouvellement dans l&apos;onglet Certification</numerusform>
            <numerusform>expire dans %n jours : demandez le renouvellement dans l&apos;onglet Certification</numerusform>
        </translation>
    </message>
    <message>
        <source>certification pending</source>
        <translation>certification en attente</translation>
    </message>
    <message>
        <source>certification rejected: %1</source>
        <translation>certification refusée : %1</translation>
    </message>
    <message>
        <source>not certified</source>
        <translation>non certifié</translation>
    </message>
    <message>
        <source>%1 · reputation %2/100 · %3</source>
        <translation>%1 · réputation %2/100 · %3</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No revenue yet</source>
        <translation>Aucun revenu pour l&apos;instant</translation>
    </message>
    <message>
        <source>Released (%1)</source>
        <translation>Versés (%1)</translation>
    </message>
    <message>
        <source>Contracted (%1)</source>
        <translation>Contractés (%1)</translation>
    </message>
    <message>
        <source>QoS could not be loaded: %1</source>
        <translation>Impossible de charger la QoS : %1</translation>
    </message>
    <message>
        <source>No offers yet: publish an offer and its QoS appears here.</source>
        <translation>Aucune offre pour l&apos;instant : publiez une offre et sa QoS apparaîtra ici.</translation>
    </message>
    <message>
        <source>No QoS sample in this window yet. The platform&apos;s oracle probes offers that deals use; samples appear after the first probes.</source>
        <translation>Aucune mesure de QoS sur cette période pour l&apos;instant. L&apos;oracle de la plateforme sonde les offres utilisées par des accords ; les mesures apparaissent après les premières sondes.</translation>
    </message>
    <message numerus="yes">
        <source>Uptime %1 (target %2), mean latency %3 (target %4 ms), %n breach(es) in %5 samples: %6.</source>
        <translation>
            <numerusform>Disponibilité %1 (objectif %2), latence moyenne %3 (objectif %4 ms), %n manquement sur %5 mesures : %6.</numerusform>
            <numerusform>Disponibilité %1 (objectif %2), latence moyenne %3 (objectif %4 ms), %n manquements sur %5 mesures : %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>targets met</source>
        <translation>objectifs atteints</translation>
    </message>
    <message>
        <source>targets missed</source>
        <translation>objectifs manqués</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Manquements</translation>
    </message>
</context>
<context>
    <name>fb::ui::ProviderDialog</name>
    <message>
        <source>The provider&apos;s Stellar account: %1</source>
        <translation>Le compte Stellar du fournisseur : %1</translation>
    </message>
    <message>
        <source>DePIN network</source>
        <translation>Réseau DePIN</translation>
    </message>
    <message>
        <source>Cloud provider</source>
        <translation>Fournisseur cloud</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>En cours d’examen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Not certified</source>
        <translation>Non certifié</translation>
    </message>
    <message>
        <source>Provider — %1</source>
        <translation>Fournisseur — %1</translation>
    </message>
    <message>
        <source>%1 · %2 · reputation %3/100%4</source>
        <translation>%1 · %2 · réputation %3/100%4</translation>
    </message>
    <message>
        <source>no jurisdiction given</source>
        <translation>aucune juridiction indiquée</translation>
    </message>
    <message>
        <source> · certified</source>
        <translation> · certifié</translation>
    </message>
    <message>
        <source>This provider is not in the local cache yet.</source>
        <translation>Ce fournisseur n’est pas encore dans le cache local.</translation>
    </message>
    <message>
        <source>&amp;QoS history</source>
        <translation>Historique &amp;QoS</translation>
    </message>
    <message>
        <source>O&amp;ffers (%1)</source>
        <translation>O&amp;ffres (%1)</translation>
    </message>
    <message>
        <source>&amp;Documents (%1)</source>
        <translation>&amp;Documents (%1)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Jurisdiction:</source>
        <translation>Juridiction :</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact :</translation>
    </message>
    <message>
        <source>Reputation:</source>
        <translation>Réputation :</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte :</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>À propos :</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>Approved, level %1, no expiry</source>
        <translation>Approuvé, niveau %1, sans expiration</translation>
    </message>
    <message>
        <source>Approved, level %1, valid until %2</source>
        <translation>Approuvé, niveau %1, valable jusqu’au %2</translation>
    </message>
    <message>
        <source>Expired on %1 (level %2)</source>
        <translation>Expiré le %1 (niveau %2)</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Standards:</source>
        <translation>Normes :</translation>
    </message>
    <message>
        <source>Data regions:</source>
        <translation>Régions des données :</translation>
    </message>
    <message>
        <source>Data protection:</source>
        <translation>Protection des données :</translation>
    </message>
    <message>
        <source>Offer whose QoS history is shown</source>
        <translation>Offre dont l’historique QoS est affiché</translation>
    </message>
    <message>
        <source>Choose which of the provider&apos;s offers to chart</source>
        <translation>Choisissez l’offre du fournisseur à représenter</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>O&amp;ffer:</source>
        <translation>O&amp;ffre :</translation>
    </message>
    <message>
        <source>This provider has no offers in the cache.</source>
        <translation>Ce fournisseur n’a aucune offre dans le cache.</translation>
    </message>
    <message>
        <source>No samples cached for this offer yet.</source>
        <translation>Aucun échantillon en cache pour cette offre pour l’instant.</translation>
    </message>
    <message>
        <source>%1 probes from %2 to %3: %4 % available, average latency %5 ms (targets: %6 %, %7 ms).</source>
        <translation>%1 sondages du %2 au %3 : %4 % de disponibilité, latence moyenne %5 ms (objectifs : %6 %, %7 ms).</translation>
    </message>
    <message>
        <source>The provider&apos;s offers</source>
        <translation>Les offres du fournisseur</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Storage / GB-mo</source>
        <translation>Stockage / Go-mois</translation>
    </message>
    <message>
        <source>Egress / GB</source>
        <translation>Trafic sortant / Go</translation>
    </message>
    <message>
        <source>QoS tier</source>
        <translation>Niveau de QoS</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Create SLA with selected…</source>
        <translation>Créer un SLA avec la sélection…</translation>
    </message>
    <message>
        <source>Create an SLA over the selected offers of this provider</source>
        <translation>Créer un SLA sur les offres sélectionnées de ce fournisseur</translation>
    </message>
    <message>
        <source>Compliance documents</source>
        <translation>Documents de conformité</translation>
    </message>
    <message>
        <source>The provider has not published compliance documents.</source>
        <translation>Le fournisseur n’a publié aucun document de conformité.</translation>
    </message>
    <message>
        <source>Choose a document to read it.</source>
        <translation>Choisissez un document pour le lire.</translation>
    </message>
</context>
<context>
    <name>fb::ui::ProviderPage</name>
    <message>
        <source>Sell storage: publish offers, accept SLAs, follow QoS and earnings.</source>
        <translation>Vendez du stockage : publiez des offres, acceptez des SLA, suivez la QoS et vos revenus.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Reputation, certification and what to do next</source>
        <translation>Réputation, certification et étapes suivantes</translation>
    </message>
    <message>
        <source>&amp;Certification</source>
        <translation>&amp;Certification</translation>
    </message>
    <message>
        <source>Request certification and follow the decision</source>
        <translation>Demander la certification et suivre la décision</translation>
    </message>
    <message>
        <source>O&amp;ffers</source>
        <translation>O&amp;ffres</translation>
    </message>
    <message>
        <source>The offers consumers find in the Marketplace</source>
        <translation>Les offres que les clients trouvent sur la place de marché</translation>
    </message>
    <message>
        <source>&amp;Deals</source>
        <translation>&amp;Accords</translation>
    </message>
    <message>
        <source>&amp;Earnings and QoS</source>
        <translation>&amp;Gains et QoS</translation>
    </message>
    <message>
        <source>Deals to accept, activate, and their history</source>
        <translation>Accords à accepter, à activer, et leur historique</translation>
    </message>
    <message>
        <source>Not connected to a platform node</source>
        <translation>Non connecté à un nœud de la plateforme</translation>
    </message>
    <message>
        <source>The provider panel works on the platform node: the status bar shows the connection. Check it, or choose a node in Settings.</source>
        <translation>Le tableau de bord fournisseur fonctionne avec le nœud de la plateforme : la barre d&apos;état indique la connexion. Vérifiez-la, ou choisissez un nœud dans les Paramètres.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <source>Step 1: a wallet</source>
        <translation>Étape 1 : un portefeuille</translation>
    </message>
    <message>
        <source>Your provider account is your wallet&apos;s account: it signs you in and receives your earnings. Create a wallet (or restore one from its recovery phrase) to start.</source>
        <translation>Votre compte fournisseur est le compte de votre portefeuille : il vous connecte et reçoit vos gains. Créez un portefeuille (ou restaurez-en un à partir de sa phrase de récupération) pour commencer.</translation>
    </message>
    <message>
        <source>Set up a wallet…</source>
        <translation>Configurer un portefeuille…</translation>
    </message>
    <message>
        <source>Step 2: sign in</source>
        <translation>Étape 2 : connexion</translation>
    </message>
    <message>
        <source>Sign in to %1 with your wallet: your password unlocks it on this computer to sign the login. Nothing is sent but the signature.</source>
        <translation>Connectez-vous (%1) avec votre portefeuille : votre mot de passe le déverrouille sur cet ordinateur pour signer la connexion. Seule la signature est envoyée.</translation>
    </message>
    <message>
        <source>the platform</source>
        <translation>la plateforme</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Loading your provider account…</source>
        <translation>Chargement de votre compte fournisseur…</translation>
    </message>
    <message>
        <source>The platform did not answer</source>
        <translation>La plateforme n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Your wallet password signs you in to %1:</source>
        <translation>Le mot de passe de votre portefeuille vous connecte (%1) :</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Se reconnecter…</translation>
    </message>
    <message numerus="yes">
        <source>A consumer asks you to store %1 for %n day(s). Accept or reject it in Provider → Deals.</source>
        <translation>
            <numerusform>Un client vous demande de stocker %1 pendant %n jour. Acceptez ou refusez dans Fournisseur → Accords.</numerusform>
            <numerusform>Un client vous demande de stocker %1 pendant %n jours. Acceptez ou refusez dans Fournisseur → Accords.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new deal(s) await your answer in Provider → Deals.</source>
        <translation>
            <numerusform>%n nouvel accord attend votre réponse dans Fournisseur → Accords.</numerusform>
            <numerusform>%n nouveaux accords attendent votre réponse dans Fournisseur → Accords.</numerusform>
        </translation>
    </message>
    <message>
        <source>Flashback</source>
        <translation>Flashback</translation>
    </message>
    <message>
        <source>New deal awaiting your answer</source>
        <translation>Nouvel accord en attente de votre réponse</translation>
    </message>
    <message>
        <source>&amp;Deals (%1)</source>
        <translation>&amp;Accords (%1)</translation>
    </message>
</context>
<context>
    <name>fb::ui::QosChart</name>
    <message>
        <source>QoS history chart</source>
        <translation>Graphique de l’historique QoS</translation>
    </message>
    <message>
        <source>No QoS samples yet. The platform&apos;s oracle probes each offer regularly; the history appears here after the first probes.</source>
        <translation>Pas encore d’échantillons QoS. L’oracle de la plateforme sonde régulièrement chaque offre ; l’historique apparaît ici après les premiers sondages.</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latence (ms)</translation>
    </message>
    <message>
        <source>Availability (%)</source>
        <translation>Disponibilité (%)</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Latency target</source>
        <translation>Latence visée</translation>
    </message>
</context>
<context>
    <name>fb::ui::QrPlayer</name>
    <message>
        <source>Save the QR frames to a folder</source>
        <translation>Enregistrer les images QR dans un dossier</translation>
    </message>
    <message>
        <source>Save the QR code as an image</source>
        <translation>Enregistrer le code QR en tant qu&apos;image</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
    <message>
        <source>After the first round the frames are fresh mixtures of the fragments: a reader that missed some completes from them.</source>
        <translation>Après le premier tour, les images sont de nouveaux mélanges des fragments : un lecteur qui en a manqué se complète grâce à elles.</translation>
    </message>
    <message>
        <source>Pause on one frame, or play the frames again</source>
        <translation>Mettre en pause sur une image, ou relancer la lecture</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> images/s</translation>
    </message>
    <message>
        <source>Frames a second</source>
        <translation>Images par seconde</translation>
    </message>
    <message>
        <source>How fast the frames change: slow it down when the other device&apos;s camera misses frames</source>
        <translation>Vitesse de changement des images : ralentissez-la si la caméra de l&apos;autre appareil manque des images</translation>
    </message>
    <message>
        <source>Save &amp;frames…</source>
        <translation>Enregistrer les i&amp;mages…</translation>
    </message>
    <message>
        <source>Save one round of frames as numbered PNG images in a folder, for a device that reads QR images</source>
        <translation>Enregistrer un tour d&apos;images sous forme d&apos;images PNG numérotées dans un dossier, pour un appareil qui lit des images QR</translation>
    </message>
    <message>
        <source>Save as &amp;image…</source>
        <translation>Enregistrer en &amp;image…</translation>
    </message>
    <message>
        <source>Save the QR code as a PNG image</source>
        <translation>Enregistrer le code QR en image PNG</translation>
    </message>
    <message>
        <source>This frame is too long for a QR code.</source>
        <translation>Cette image est trop longue pour un code QR.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>Rien à afficher</translation>
    </message>
    <message>
        <source>One QR code: scan it with the other device</source>
        <translation>Un seul code QR : scannez-le avec l&apos;autre appareil</translation>
    </message>
    <message>
        <source>Frame %1 of %2</source>
        <translation>Image %1 sur %2</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(en pause)</translation>
    </message>
    <message>
        <source>There is nothing to save.</source>
        <translation>Il n&apos;y a rien à enregistrer.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose another one.</source>
        <translation>Impossible de créer le dossier %1. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>%1 already holds QR frames (frame-*.png). Choose an empty folder so the frames of two transactions do not mix.</source>
        <translation>%1 contient déjà des images QR (frame-*.png). Choisissez un dossier vide pour ne pas mélanger les images de deux transactions.</translation>
    </message>
    <message>
        <source>The frame %1 could not be written: %2. Choose another folder.</source>
        <translation>Impossible d&apos;écrire l&apos;image %1 : %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>There is no QR code to save.</source>
        <translation>Il n&apos;y a aucun code QR à enregistrer.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Choose another place.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Choisissez un autre emplacement.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n frame(s) to %1.</source>
        <translation>
            <numerusform>%n image enregistrée dans %1.</numerusform>
            <numerusform>%n images enregistrées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>fb::ui::QrReader</name>
    <message>
        <source>Open the QR images</source>
        <translation>Ouvrir les images QR</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open &amp;images…</source>
        <translation>Ouvrir des &amp;images…</translation>
    </message>
    <message>
        <source>Open the QR images of one transaction: a single QR code, or the frames of an animated one in any order. You can also drop them here.</source>
        <translation>Ouvrir les images QR d&apos;une transaction : un seul code QR, ou les images d&apos;un code animé dans n&apos;importe quel ordre. Vous pouvez aussi les déposer ici.</translation>
    </message>
    <message>
        <source>Scan with &amp;camera</source>
        <translation>Scanner avec la &amp;caméra</translation>
    </message>
    <message>
        <source>&amp;Start over</source>
        <translation>&amp;Recommencer</translation>
    </message>
    <message>
        <source>Forget the frames read so far</source>
        <translation>Oublier les images lues jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation>Image de la caméra</translation>
    </message>
    <message>
        <source>Frames read</source>
        <translation>Images lues</translation>
    </message>
    <message>
        <source>No camera found — open QR images instead</source>
        <translation>Aucune caméra trouvée — ouvrez plutôt des images QR</translation>
    </message>
    <message>
        <source>Hold the other device&apos;s QR code in front of this computer&apos;s camera; animated codes are read frame by frame</source>
        <translation>Placez le code QR de l&apos;autre appareil devant la caméra de cet ordinateur ; les codes animés sont lus image par image</translation>
    </message>
    <message>
        <source>Drop QR images here, open them, or scan with the camera.</source>
        <translation>Déposez des images QR ici, ouvrez-les ou scannez avec la caméra.</translation>
    </message>
    <message>
        <source>Drop QR images here, or open them.</source>
        <translation>Déposez des images QR ici, ou ouvrez-les.</translation>
    </message>
    <message>
        <source>The camera stopped: %1. Open QR images instead, or try the camera again.</source>
        <translation>La caméra s&apos;est arrêtée : %1. Ouvrez plutôt des images QR, ou réessayez la caméra.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <source>Camera stopped.</source>
        <translation>Caméra arrêtée.</translation>
    </message>
    <message>
        <source>the camera</source>
        <translation>la caméra</translation>
    </message>
    <message>
        <source>%1 is not a file. Open the QR images themselves.</source>
        <translation>%1 n&apos;est pas un fichier. Ouvrez les images QR elles-mêmes.</translation>
    </message>
    <message>
        <source>%1 is not an image this reader opens (%2).</source>
        <translation>%1 n&apos;est pas une image que ce lecteur peut ouvrir (%2).</translation>
    </message>
    <message>
        <source>No QR code was found in %1. Open a sharper picture, or the frame itself.</source>
        <translation>Aucun code QR trouvé dans %1. Ouvrez une image plus nette, ou l&apos;image QR elle-même.</translation>
    </message>
    <message>
        <source>No QR code was found in %1.</source>
        <translation>Aucun code QR trouvé dans %1.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>This QR code%1 is not a UR: it reads &quot;%2%3&quot;. Show the transaction&apos;s QR code, whose text starts with ur:%4.</source>
        <translation>Ce code QR%1 n&apos;est pas un UR : il contient « %2%3 ». Présentez le code QR de la transaction, dont le texte commence par ur:%4.</translation>
    </message>
    <message>
        <source>This QR code%1 is a ur:%2; this reader takes %3. Show the transaction&apos;s QR code instead.</source>
        <translation>Ce code QR%1 est un ur:%2 ; ce lecteur accepte %3. Présentez plutôt le code QR de la transaction.</translation>
    </message>
    <message>
        <source>A frame%1 was not used: %2</source>
        <translation>Une image%1 n&apos;a pas été utilisée : %2</translation>
    </message>
    <message>
        <source>The frames did not reassemble into a whole UR (%1). Start over and read the frames again.</source>
        <translation>Les images n&apos;ont pas pu être réassemblées en un UR complet (%1). Recommencez et relisez les images.</translation>
    </message>
    <message>
        <source>The ur:%1 does not hold a byte string (%2).</source>
        <translation>Le ur:%1 ne contient pas de chaîne d&apos;octets (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Complete: ur:%1 read from %n part(s).</source>
        <translation>
            <numerusform>Terminé : ur:%1 lu à partir de %n partie.</numerusform>
            <numerusform>Terminé : ur:%1 lu à partir de %n parties.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for a QR code…</source>
        <translation>Recherche d&apos;un code QR…</translation>
    </message>
    <message>
        <source>No frame read yet.</source>
        <translation>Aucune image lue pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%1 % — %n part(s) read</source>
        <translation>
            <numerusform>%1 % — %n partie lue</numerusform>
            <numerusform>%1 % — %n parties lues</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 fragments recovered</source>
        <translation>%1 fragments récupérés sur %2</translation>
    </message>
    <message>
        <source>Stop &amp;camera</source>
        <translation>Arrêter la &amp;caméra</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>the dropped picture</source>
        <translation>l&apos;image déposée</translation>
    </message>
    <message>
        <source>Open a folder of QR frames</source>
        <translation>Ouvrir un dossier d&apos;images QR</translation>
    </message>
    <message>
        <source>Open &amp;folder…</source>
        <translation>Ouvrir un &amp;dossier…</translation>
    </message>
    <message>
        <source>Open a folder of QR frames (frame-001.png, …), as the other device&apos;s &quot;Save frames…&quot; writes them</source>
        <translation>Ouvrir un dossier d&apos;images QR (frame-001.png, …), tel que « Enregistrer les images… » de l&apos;autre appareil les écrit</translation>
    </message>
    <message>
        <source>%1 holds no QR images. Open the folder the frames were saved in.</source>
        <translation>%1 ne contient aucune image QR. Ouvrez le dossier dans lequel les images ont été enregistrées.</translation>
    </message>
</context>
<context>
    <name>fb::ui::QrSink</name>
    <message>
        <source>Show as Q&amp;R…</source>
        <translation>Afficher en Q&amp;R…</translation>
    </message>
    <message>
        <source>There is no signed transaction to show.</source>
        <translation>Il n&apos;y a aucune transaction signée à afficher.</translation>
    </message>
    <message>
        <source>Signed transaction as QR codes</source>
        <translation>Transaction signée en codes QR</translation>
    </message>
    <message>
        <source>Scan these frames with the online device until it has read the whole ur:%1. It takes them in any order.</source>
        <translation>Scannez ces images avec l&apos;appareil en ligne jusqu&apos;à ce qu&apos;il ait lu tout le ur:%1. L&apos;ordre n&apos;a pas d&apos;importance.</translation>
    </message>
    <message>
        <source>Scan this code with the online device (ur:%1).</source>
        <translation>Scannez ce code avec l&apos;appareil en ligne (ur:%1).</translation>
    </message>
    <message numerus="yes">
        <source>Shown as an animated QR code (ur:%1, %n frame(s) a round).</source>
        <translation>
            <numerusform>Affiché sous forme de code QR animé (ur:%1, %n image par tour).</numerusform>
            <numerusform>Affiché sous forme de code QR animé (ur:%1, %n images par tour).</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown as a QR code (ur:%1).</source>
        <translation>Affiché sous forme de code QR (ur:%1).</translation>
    </message>
    <message>
        <source>Show the signed transaction as a QR code for the online device&apos;s camera, animated when it does not fit one code; or save its frames as numbered PNG images</source>
        <translation>Afficher la transaction signée sous forme de code QR pour la caméra de l&apos;appareil en ligne, animé s&apos;il ne tient pas dans un seul code ; ou enregistrer ses images en PNG numérotés</translation>
    </message>
</context>
<context>
    <name>fb::ui::QrSource</name>
    <message>
        <source>From &amp;QR codes…</source>
        <translation>Depuis des codes &amp;QR…</translation>
    </message>
    <message>
        <source>Read the transaction&apos;s QR codes</source>
        <translation>Lire les codes QR de la transaction</translation>
    </message>
    <message numerus="yes">
        <source>QR codes (ur:%1, %n frame(s))</source>
        <translation>
            <numerusform>Codes QR (ur:%1, %n image)</numerusform>
            <numerusform>Codes QR (ur:%1, %n images)</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the unsigned transaction from QR codes: images of them (an animated code&apos;s frames in any order, or the folder they were saved in) or this computer&apos;s camera. PSBTs come as ur:crypto-psbt, Stellar, Algorand and Starknet transactions as ur:bytes.</source>
        <translation>Lire la transaction non signée depuis des codes QR : leurs images (les images d&apos;un code animé dans n&apos;importe quel ordre, ou le dossier où elles ont été enregistrées) ou la caméra de cet ordinateur. Les PSBT arrivent en ur:crypto-psbt, les transactions Stellar, Algorand et Starknet en ur:bytes.</translation>
    </message>
    <message>
        <source>Open or drop the QR images the other device made (or the folder of its frames), or hold its screen in front of the camera. An animated code&apos;s frames can come in any order; missed frames are made up by later ones.</source>
        <translation>Ouvrez ou déposez les images QR de l&apos;autre appareil (ou le dossier de ses images), ou tenez son écran devant la caméra. Les images d&apos;un code animé peuvent arriver dans n&apos;importe quel ordre ; les images manquées sont compensées par les suivantes.</translation>
    </message>
</context>
<context>
    <name>fb::ui::ReceiveDialog</name>
    <message>
        <source>Receive on %1</source>
        <translation>Recevoir sur %1</translation>
    </message>
    <message>
        <source>Ask the payer to send to this address, or to scan the code. Only send %1 to it.</source>
        <translation>Demandez au payeur d&apos;envoyer à cette adresse ou de scanner le code. N&apos;y envoyez que des %1.</translation>
    </message>
    <message>
        <source>QR code of the address</source>
        <translation>Code QR de l&apos;adresse</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Copier l&apos;adresse</translation>
    </message>
    <message>
        <source>Copy the address to the clipboard.</source>
        <translation>Copier l&apos;adresse dans le presse-papiers.</translation>
    </message>
    <message>
        <source>&amp;Save QR as PNG…</source>
        <translation>&amp;Enregistrer le QR en PNG…</translation>
    </message>
    <message>
        <source>Save the QR code as an image to share it.</source>
        <translation>Enregistrer le code QR en image pour le partager.</translation>
    </message>
    <message>
        <source>Address copied.</source>
        <translation>Adresse copiée.</translation>
    </message>
    <message>
        <source>The QR code could not be drawn.</source>
        <translation>Impossible de dessiner le code QR.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Save the QR code</source>
        <translation>Enregistrer le code QR</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>fb::ui::RecoveryWordsDialog</name>
    <message>
        <source>Recovery words</source>
        <translation>Mots de récupération</translation>
    </message>
    <message>
        <source>Anyone who sees these words can take everything in this wallet. Write them down on paper, in order, and keep them offline. Never type them into a website.</source>
        <translation>Quiconque voit ces mots peut prendre tout le contenu de ce portefeuille. Notez-les sur papier, dans l&apos;ordre, et conservez-les hors ligne. Ne les saisissez jamais sur un site web.</translation>
    </message>
    <message>
        <source>Let me select the words (to paste them into a password manager)</source>
        <translation>Me laisser sélectionner les mots (pour les coller dans un gestionnaire de mots de passe)</translation>
    </message>
</context>
<context>
    <name>fb::ui::ReportProblemDialog</name>
    <message>
        <source>Report a Problem</source>
        <translation>Signaler un problème</translation>
    </message>
    <message>
        <source>Describe what you did and what happened, then paste this report below your description. It holds the versions and the app&apos;s recent log, with no keys, passwords or recovery phrases. Read it before you send it.</source>
        <translation>Décrivez ce que vous avez fait et ce qui s&apos;est passé, puis collez ce rapport sous votre description. Il contient les versions et le journal récent de l&apos;application, sans clés, mots de passe ni phrases de récupération. Relisez-le avant de l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Problem report</source>
        <translation>Rapport de problème</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>&amp;Copier dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>fb::ui::SendDialog</name>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>%1 #%2 — %3</source>
        <translation>%1 n° %2 — %3</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>G… (56 characters)</source>
        <translation>G… (56 caractères)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À :</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>optional, up to 28 characters</source>
        <translation>facultatif, 28 caractères au plus</translation>
    </message>
    <message>
        <source>&amp;Memo:</source>
        <translation>Mém&amp;o :</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Vérifier…</translation>
    </message>
    <message>
        <source>Build the payment and show it in plain words before signing.</source>
        <translation>Préparer le paiement et l&apos;afficher en clair avant de le signer.</translation>
    </message>
    <message>
        <source>The wallet has no account to send from.</source>
        <translation>Le portefeuille n&apos;a aucun compte d&apos;envoi.</translation>
    </message>
    <message>
        <source>The amount: %1</source>
        <translation>Le montant : %1</translation>
    </message>
    <message>
        <source>This payment leaves your wallet for good once the ledger takes it. Check the recipient and the amount, then sign.</source>
        <translation>Ce paiement quitte définitivement votre portefeuille dès que le registre l&apos;accepte. Vérifiez le destinataire et le montant, puis signez.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Non envoyé.</translation>
    </message>
    <message>
        <source>A valid %1 address.</source>
        <translation>Une adresse %1 valide.</translation>
    </message>
    <message>
        <source>Sending %1 from this page is not available.</source>
        <translation>L&apos;envoi de %1 depuis cette page n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>58 characters, A–Z and 2–7</source>
        <translation>58 caractères, A–Z et 2–7</translation>
    </message>
    <message>
        <source>optional note, readable by anyone</source>
        <translation>note facultative, lisible par tous</translation>
    </message>
    <message>
        <source>tb1q… (development network, testnet format)</source>
        <translation>tb1q… (réseau de développement, format testnet)</translation>
    </message>
    <message>
        <source>Bitcoin transfers carry no memo</source>
        <translation>Les transferts Bitcoin ne portent pas de mémo</translation>
    </message>
    <message>
        <source>0x… (up to 64 hexadecimal digits)</source>
        <translation>0x… (jusqu&apos;à 64 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>Starknet transfers carry no memo</source>
        <translation>Les transferts Starknet ne portent pas de mémo</translation>
    </message>
    <message>
        <source>Amounts are in STRK (up to 9 decimals). The development network charges no fee.</source>
        <translation>Les montants sont en STRK (jusqu&apos;à 9 décimales). Le réseau de développement ne prélève aucuns frais.</translation>
    </message>
    <message>
        <source>A higher fee rate gets the payment into a block sooner.</source>
        <translation>Un taux de frais plus élevé fait entrer le paiement plus tôt dans un bloc.</translation>
    </message>
    <message>
        <source>&amp;Fee:</source>
        <translation>&amp;Frais :</translation>
    </message>
    <message>
        <source>%1 #%2 — %3 — %4</source>
        <translation>%1 #%2 — %3 — %4</translation>
    </message>
    <message>
        <source>%1 — %2 sat/vB, about %3</source>
        <translation>%1 — %2 sat/vB, environ %3</translation>
    </message>
    <message>
        <source>%1 — %2 sat/vB, about %3 (%4)</source>
        <translation>%1 — %2 sat/vB, environ %3 (%4)</translation>
    </message>
    <message>
        <source>Network minimum</source>
        <translation>Minimum du réseau</translation>
    </message>
    <message numerus="yes">
        <source>Economy (about %n block(s))</source>
        <translation>
            <numerusform>Économique (environ %n bloc)</numerusform>
            <numerusform>Économique (environ %n blocs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority (next block)</source>
        <translation>Prioritaire (prochain bloc)</translation>
    </message>
    <message numerus="yes">
        <source>Normal (about %n block(s))</source>
        <translation>
            <numerusform>Normal (environ %n bloc)</numerusform>
            <numerusform>Normal (environ %n blocs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Amounts are in BTC (8 decimals). The fee is the rate you choose times the payment&apos;s size, paid from your coins; the review shows it exactly. The payment is confirmed once a block holds it.</source>
        <translation>Les montants sont en BTC (8 décimales). Les frais valent le taux choisi multiplié par la taille du paiement, payés sur vos pièces ; la vérification les indique exactement. Le paiement est confirmé dès qu&apos;un bloc le contient.</translation>
    </message>
    <message>
        <source>Sign on another &amp;device…</source>
        <translation>Signer sur un autre &amp;appareil…</translation>
    </message>
    <message>
        <source>Export this payment (a file or QR codes) to an offline signer that holds this wallet&apos;s keys, then import the signed result here and send it.</source>
        <translation>Exporter ce paiement (fichier ou codes QR) vers un signataire hors ligne qui détient les clés de ce portefeuille, puis importer ici le résultat signé et l&apos;envoyer.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>par ex. %1</translation>
    </message>
    <message>
        <source>Amounts are in ALGO (6 decimals). The network fee is %1.</source>
        <translation>Les montants sont en ALGO (6 décimales). Les frais de réseau s&apos;élèvent à %1.</translation>
    </message>
    <message>
        <source>Amounts are in XLM. The network fee is %1.</source>
        <translation>Les montants sont en XLM. Les frais de réseau s&apos;élèvent à %1.</translation>
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
        <translation>Lan&amp;gue :</translation>
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
        <translation>Thè&amp;me :</translation>
    </message>
    <message>
        <source>Platform node URL</source>
        <translation>URL du nœud de plateforme</translation>
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
        <source>Data folder:</source>
        <translation>Dossier de données :</translation>
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
    <message>
        <source>T&amp;rust this certificate</source>
        <translation>Faire c&amp;onfiance à ce certificat</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>Devise d’affichage</translation>
    </message>
    <message>
        <source>Prices are shown in this currency at the platform&apos;s exchange rates; payments still settle in the currency you pay with.</source>
        <translation>Les prix sont affichés dans cette devise aux taux de change de la plateforme ; les paiements se font toujours dans la devise avec laquelle vous payez.</translation>
    </message>
    <message>
        <source>&amp;Prices in:</source>
        <translation>P&amp;rix en :</translation>
    </message>
    <message>
        <source>Platform node</source>
        <translation>Nœud de la plateforme</translation>
    </message>
    <message>
        <source>Flashback runs a platform node on this computer with a demo network; nothing leaves this computer.</source>
        <translation>Flashback exécute un nœud de la plateforme sur cet ordinateur avec un réseau de démonstration ; rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>https://node.example.org</source>
        <translation>https://node.example.org</translation>
    </message>
    <message>
        <source>The address of a Flashback platform node, with http:// or https://.</source>
        <translation>L’adresse d’un nœud de la plateforme Flashback, avec http:// ou https://.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The local network starts with Flashback; save and restart to use it.</source>
        <translation>Le réseau local démarre avec Flashback ; enregistrez et redémarrez pour l’utiliser.</translation>
    </message>
    <message>
        <source>Enter the node&apos;s address, e.g. https://node.example.org.</source>
        <translation>Saisissez l’adresse du nœud, par ex. https://node.example.org.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected: the node at %1 answers.</source>
        <translation>Connecté : le nœud %1 répond.</translation>
    </message>
    <message>
        <source>Connected: the node at %1 answers (version %2).</source>
        <translation>Connecté : le nœud %1 répond (version %2).</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Connexion impossible : %1</translation>
    </message>
    <message>
        <source>The node&apos;s certificate is not trusted: %1</source>
        <translation>Le certificat du nœud n’est pas reconnu : %1</translation>
    </message>
    <message>
        <source>Certificate for “%1”, SHA-256 fingerprint:
%2
Trust it only if the node&apos;s operator gave you this same fingerprint.</source>
        <translation>Certificat de « %1 », empreinte SHA-256 :
%2
Faites-lui confiance uniquement si l’opérateur du nœud vous a donné cette même empreinte.</translation>
    </message>
    <message>
        <source>Trusted certificate %1.</source>
        <translation>Certificat %1 reconnu.</translation>
    </message>
    <message>
        <source>Saved. This is the node already in use.</source>
        <translation>Enregistré. C’est déjà le nœud utilisé.</translation>
    </message>
    <message>
        <source>Saved: switching to the local network…</source>
        <translation>Enregistré : passage au réseau local…</translation>
    </message>
    <message>
        <source>Saved: connecting to %1…</source>
        <translation>Enregistré : connexion à %1…</translation>
    </message>
    <message>
        <source>Wallet security</source>
        <translation>Sécurité du portefeuille</translation>
    </message>
    <message>
        <source>Lock the wallet after</source>
        <translation>Verrouiller le portefeuille après</translation>
    </message>
    <message>
        <source>Once unlocked, the wallet signs and opens your files without asking for the password again until this long passes without keyboard or mouse input, or the computer sleeps or locks its screen.</source>
        <translation>Une fois déverrouillé, le portefeuille signe et ouvre vos fichiers sans redemander le mot de passe, jusqu&apos;à ce que cette durée s&apos;écoule sans activité du clavier ni de la souris, ou que l&apos;ordinateur se mette en veille ou verrouille son écran.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Loc&amp;k the wallet after:</source>
        <translation>&amp;Verrouiller le portefeuille après :</translation>
    </message>
    <message>
        <source>The wallet also locks when the computer sleeps or the screen locks, and from File › Lock wallet now. A lock also locks your files and pauses their transfers.</source>
        <translation>Le portefeuille se verrouille aussi quand l&apos;ordinateur se met en veille ou que l&apos;écran se verrouille, et depuis Fichier › Verrouiller le portefeuille maintenant. Le verrouillage verrouille aussi vos fichiers et met leurs transferts en pause.</translation>
    </message>
    <message>
        <source>The wallet also locks from File › Lock wallet now. A lock also locks your files and pauses their transfers.</source>
        <translation>Le portefeuille se verrouille aussi depuis Fichier › Verrouiller le portefeuille maintenant. Le verrouillage verrouille aussi vos fichiers et met leurs transferts en pause.</translation>
    </message>
    <message>
        <source>Local &amp;network (runs on this computer)</source>
        <translation>Réseau lo&amp;cal (s’exécute sur cet ordinateur)</translation>
    </message>
    <message>
        <source>An&amp;other node</source>
        <translation>Un a&amp;utre nœud</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>S&amp;ave</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Open fol&amp;der</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
</context>
<context>
    <name>fb::ui::ShareLinkDialog</name>
    <message>
        <source>Share link for %1</source>
        <translation>Lien de partage pour %1</translation>
    </message>
    <message>
        <source>Anyone with this link can download the encrypted object of &lt;b&gt;%1&lt;/b&gt; until it expires. They also need the file key to read it.</source>
        <translation>Toute personne disposant de ce lien peut télécharger l’objet chiffré de &lt;b&gt;%1&lt;/b&gt; jusqu’à son expiration. Elle a aussi besoin de la clé du fichier pour le lire.</translation>
    </message>
    <message>
        <source>Share link</source>
        <translation>Lien de partage</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Expire le %1</translation>
    </message>
</context>
<context>
    <name>fb::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>fb::ui::SignDialog</name>
    <message>
        <source>TEST NETWORK (%1): this money has no value.</source>
        <translation>RÉSEAU DE TEST (%1) : cet argent n’a aucune valeur.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Operation %1</source>
        <translation>Opération %1</translation>
    </message>
    <message>
        <source>Network fee</source>
        <translation>Frais de réseau</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Mémo</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation>Identifiant de transaction</translation>
    </message>
    <message>
        <source>Review and sign</source>
        <translation>Vérifier et signer</translation>
    </message>
    <message>
        <source>Transaction %1 of %2</source>
        <translation>Transaction %1 sur %2</translation>
    </message>
    <message>
        <source>Transaction review</source>
        <translation>Vérification de la transaction</translation>
    </message>
    <message>
        <source>Wallet password</source>
        <translation>Mot de passe du portefeuille</translation>
    </message>
    <message>
        <source>&amp;Sign and pay</source>
        <translation>&amp;Signer et payer</translation>
    </message>
    <message>
        <source>Wallet &amp;password:</source>
        <translation>Mot de &amp;passe du portefeuille :</translation>
    </message>
    <message>
        <source>The wallet is unlocked: signing uses it without asking for the password again.</source>
        <translation>Le portefeuille est déverrouillé : la signature l&apos;utilise sans redemander le mot de passe.</translation>
    </message>
    <message>
        <source>%1 base units</source>
        <translation>%1 unités de base</translation>
    </message>
</context>
<context>
    <name>fb::ui::SignElsewhereDialog</name>
    <message>
        <source>Choose an empty folder for the export</source>
        <translation>Choisissez un dossier vide pour l&apos;exportation</translation>
    </message>
    <message>
        <source>Import the signed payment</source>
        <translation>Importer le paiement signé</translation>
    </message>
    <message>
        <source>Signed transactions and QR images (*.xdr *.b64 *.stxn *.psbt *.txt *.json *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Transactions signées et images QR (*.xdr *.b64 *.stxn *.psbt *.txt *.json *.png *.jpg *.jpeg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Sign on another device</source>
        <translation>Signer sur un autre appareil</translation>
    </message>
    <message>
        <source>Save as &amp;file…</source>
        <translation>Enregistrer dans un &amp;fichier…</translation>
    </message>
    <message>
        <source>&amp;Import signed…</source>
        <translation>&amp;Importer le résultat signé…</translation>
    </message>
    <message>
        <source>Open what the signer wrote: the signed file, or every QR frame of one signed payment.</source>
        <translation>Ouvrir ce que le signataire a écrit : le fichier signé, ou toutes les images QR d&apos;un paiement signé.</translation>
    </message>
    <message>
        <source>S&amp;ubmit payments</source>
        <translation>S&amp;oumettre les paiements</translation>
    </message>
    <message>
        <source>&amp;Back to the review</source>
        <translation>&amp;Retour à la vérification</translation>
    </message>
    <message>
        <source>Back to the payment&apos;s review, to sign with this wallet or cancel.</source>
        <translation>Retour à la vérification du paiement, pour signer avec ce portefeuille ou annuler.</translation>
    </message>
    <message>
        <source>There is no payment waiting for a signature.</source>
        <translation>Aucun paiement n&apos;attend de signature.</translation>
    </message>
    <message>
        <source>Every payment is signed: submit them.</source>
        <translation>Tous les paiements sont signés : soumettez-les.</translation>
    </message>
    <message>
        <source>%1 of %2 payments signed: import the others.</source>
        <translation>%1 paiements signés sur %2 : importez les autres.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Choose another folder.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Saved %1 in %2. Open it in the offline signer, sign, and import what it writes.</source>
        <translation>%1 enregistré dans %2. Ouvrez-le dans le signataire hors ligne, signez, puis importez ce qu&apos;il écrit.</translation>
    </message>
    <message>
        <source>Payments as QR codes</source>
        <translation>Paiements en codes QR</translation>
    </message>
    <message>
        <source>%1 cannot be read as a signed transaction%2.</source>
        <translation>Impossible de lire %1 comme une transaction signée%2.</translation>
    </message>
    <message>
        <source> (too large)</source>
        <translation> (trop volumineux)</translation>
    </message>
    <message>
        <source>The QR frames cannot be read: %1</source>
        <translation>Impossible de lire les images QR : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n QR frame(s)</source>
        <translation>
            <numerusform>%n image QR</numerusform>
            <numerusform>%n images QR</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;1.&lt;/b&gt; Export the unsigned payments (one per provider) as files or as QR codes (shown on screen, or saved as frames), and open them in the offline signer on the other device (&lt;i&gt;flashback --offline-signer&lt;/i&gt;). </source>
        <translation>&lt;b&gt;1.&lt;/b&gt; Exportez les paiements non signés (un par fournisseur) sous forme de fichiers ou de codes QR (affichés à l&apos;écran, ou enregistrés en images), et ouvrez-les dans le signataire hors ligne sur l&apos;autre appareil (&lt;i&gt;flashback --offline-signer&lt;/i&gt;). </translation>
    </message>
    <message>
        <source>&lt;b&gt;1.&lt;/b&gt; Export the unsigned payment as a file or as a QR code (shown on screen, or saved as frames), and open it in the offline signer on the other device (&lt;i&gt;flashback --offline-signer&lt;/i&gt;). </source>
        <translation>&lt;b&gt;1.&lt;/b&gt; Exportez le paiement non signé sous forme de fichier ou de code QR (affiché à l&apos;écran, ou enregistré en images), et ouvrez-le dans le signataire hors ligne sur l&apos;autre appareil (&lt;i&gt;flashback --offline-signer&lt;/i&gt;). </translation>
    </message>
    <message>
        <source>Show as &amp;QR…</source>
        <translation>Afficher en &amp;QR…</translation>
    </message>
    <message>
        <source>Play the payments as QR codes on this screen, for the offline signer&apos;s camera (it reads the frames in any order), or save their frames as numbered PNG images for it to open.</source>
        <translation>Afficher les paiements sous forme de codes QR sur cet écran, pour la caméra du signataire hors ligne (il lit les images dans n&apos;importe quel ordre), ou enregistrer leurs images en PNG numérotés pour qu&apos;il les ouvre.</translation>
    </message>
    <message>
        <source>&amp;Read signed QR…</source>
        <translation>&amp;Lire le QR signé…</translation>
    </message>
    <message>
        <source>Read the signer&apos;s QR codes: with this computer&apos;s camera, or from its saved frames (images or their folder).</source>
        <translation>Lire les codes QR du signataire : avec la caméra de cet ordinateur, ou depuis ses images enregistrées (les images ou leur dossier).</translation>
    </message>
    <message>
        <source>Hold the offline signer&apos;s camera to the code until it has read the payment; frames may be read in any order. Or save the frames and open them on the signer.</source>
        <translation>Présentez le code à la caméra du signataire hors ligne jusqu&apos;à ce qu&apos;il ait lu le paiement ; les images peuvent être lues dans n&apos;importe quel ordre. Ou enregistrez les images et ouvrez-les sur le signataire.</translation>
    </message>
    <message>
        <source>%1: %2 Open them in the offline signer, sign, and import what it writes.</source>
        <translation>%1 : %2 Ouvrez-les dans le signataire hors ligne, signez, puis importez ce qu&apos;il écrit.</translation>
    </message>
    <message>
        <source>Read the signed payment&apos;s QR codes</source>
        <translation>Lire les codes QR du paiement signé</translation>
    </message>
    <message>
        <source>Show the offline signer&apos;s QR code to the camera, or open the frames it saved (the images, or their folder). One payment at a time; frames in any order.</source>
        <translation>Montrez le code QR du signataire hors ligne à la caméra, ou ouvrez les images qu&apos;il a enregistrées (les images ou leur dossier). Un paiement à la fois ; images dans n&apos;importe quel ordre.</translation>
    </message>
    <message>
        <source>The QR frames do not hold the whole payment: %1. Open every frame the signer saved.</source>
        <translation>Les images QR ne contiennent pas tout le paiement : %1. Ouvrez toutes les images enregistrées par le signataire.</translation>
    </message>
    <message>
        <source>&lt;b&gt;2.&lt;/b&gt; Check the summary below against what the signer shows, and sign there. &lt;b&gt;3.&lt;/b&gt; Import what the signer wrote (its file or its QR codes) here and submit.</source>
        <translation>&lt;b&gt;2.&lt;/b&gt; Comparez le résumé ci-dessous avec ce qu&apos;affiche le signataire, et signez-y. &lt;b&gt;3.&lt;/b&gt; Importez ici ce que le signataire a écrit (son fichier ou ses codes QR) et soumettez.</translation>
    </message>
    <message>
        <source>What is exported: the summary and the payments</source>
        <translation>Ce qui est exporté : le résumé et les paiements</translation>
    </message>
    <message>
        <source>Write one signing request file per payment (JSON: the transaction and its summary) into a folder you choose, e.g. on a USB stick.</source>
        <translation>Écrire un fichier de demande de signature par paiement (JSON : la transaction et son résumé) dans le dossier de votre choix, p. ex. sur une clé USB.</translation>
    </message>
    <message>
        <source>S&amp;ubmit the payment</source>
        <translation>S&amp;oumettre le paiement</translation>
    </message>
    <message>
        <source>Send what was signed to the ledger and follow it until it is confirmed.</source>
        <translation>Envoyer ce qui a été signé au registre et le suivre jusqu&apos;à sa confirmation.</translation>
    </message>
    <message>
        <source>The payment is signed: submit it.</source>
        <translation>Le paiement est signé : soumettez-le.</translation>
    </message>
</context>
<context>
    <name>fb::ui::SignerWindow</name>
    <message>
        <source>Stellar transaction</source>
        <translation>Transaction Stellar</translation>
    </message>
    <message>
        <source>Algorand transaction</source>
        <translation>Transaction Algorand</translation>
    </message>
    <message>
        <source>Bitcoin transaction (PSBT)</source>
        <translation>Transaction Bitcoin (PSBT)</translation>
    </message>
    <message>
        <source>Sign a transaction</source>
        <translation>Signer une transaction</translation>
    </message>
    <message>
        <source>Open, paste or scan an unsigned transaction, read what it does, sign it with your wallet password, then save, copy or show as QR codes the signed result for the online computer.</source>
        <translation>Ouvrez, collez ou scannez une transaction non signée, lisez ce qu&apos;elle fait, signez-la avec le mot de passe de votre portefeuille, puis enregistrez, copiez ou affichez en codes QR le résultat signé pour l&apos;ordinateur en ligne.</translation>
    </message>
    <message>
        <source>1. Unsigned transaction</source>
        <translation>1. Transaction non signée</translation>
    </message>
    <message>
        <source>Pasted transaction text</source>
        <translation>Texte de transaction collé</translation>
    </message>
    <message>
        <source>Paste an unsigned transaction as text; it is read as you paste</source>
        <translation>Collez une transaction non signée sous forme de texte ; elle est lue dès le collage</translation>
    </message>
    <message>
        <source>Public network</source>
        <translation>Réseau public</translation>
    </message>
    <message>
        <source>Test network</source>
        <translation>Réseau de test</translation>
    </message>
    <message>
        <source>Futurenet</source>
        <translation>Futurenet</translation>
    </message>
    <message>
        <source>Other (passphrase)</source>
        <translation>Autre (phrase secrète)</translation>
    </message>
    <message>
        <source>A Stellar envelope does not say its network: the signature is only valid on the network chosen here</source>
        <translation>Une enveloppe Stellar n&apos;indique pas son réseau : la signature n&apos;est valable que sur le réseau choisi ici</translation>
    </message>
    <message>
        <source>Network passphrase</source>
        <translation>Phrase secrète du réseau</translation>
    </message>
    <message>
        <source>The passphrase of the Stellar network the transaction is for</source>
        <translation>La phrase secrète du réseau Stellar auquel la transaction est destinée</translation>
    </message>
    <message>
        <source>Stellar &amp;network:</source>
        <translation>&amp;Réseau Stellar :</translation>
    </message>
    <message>
        <source>Bitcoin mainnet</source>
        <translation>Bitcoin mainnet</translation>
    </message>
    <message>
        <source>Bitcoin testnet</source>
        <translation>Bitcoin testnet</translation>
    </message>
    <message>
        <source>Chosen from the inputs&apos; derivation paths; change it if the addresses look wrong</source>
        <translation>Déduit des chemins de dérivation des entrées ; modifiez-le si les adresses semblent incorrectes</translation>
    </message>
    <message>
        <source>Bitcoin n&amp;etwork:</source>
        <translation>Réseau Bitcoi&amp;n :</translation>
    </message>
    <message>
        <source>Which of the wallet&apos;s accounts signs (0 is the first). Bitcoin signs every input that belongs to the wallet.</source>
        <translation>Le compte du portefeuille qui signe (0 est le premier). Bitcoin signe chaque entrée appartenant au portefeuille.</translation>
    </message>
    <message>
        <source>&amp;Account index:</source>
        <translation>Index du &amp;compte :</translation>
    </message>
    <message>
        <source>2. Review</source>
        <translation>2. Vérification</translation>
    </message>
    <message>
        <source>Transaction review</source>
        <translation>Vérification de la transaction</translation>
    </message>
    <message>
        <source>Nothing to review yet: open a transaction file, drop one here or paste its text above.</source>
        <translation>Rien à vérifier pour l&apos;instant : ouvrez un fichier de transaction, déposez-en un ici ou collez son texte ci-dessus.</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Signer…</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Sign with the wallet password after reading the review (%1)</source>
        <translation>Signer avec le mot de passe du portefeuille après lecture de la vérification (%1)</translation>
    </message>
    <message>
        <source>3. Signed transaction</source>
        <translation>3. Transaction signée</translation>
    </message>
    <message>
        <source>Signed transaction text</source>
        <translation>Texte de la transaction signée</translation>
    </message>
    <message>
        <source>The signed transaction appears here once signed.</source>
        <translation>La transaction signée apparaît ici une fois signée.</translation>
    </message>
    <message>
        <source>%1 is not a transaction this signer reads.</source>
        <translation>%1 n&apos;est pas une transaction que ce signataire sait lire.</translation>
    </message>
    <message>
        <source>The transaction shown below was not replaced.</source>
        <translation>La transaction affichée ci-dessous n&apos;a pas été remplacée.</translation>
    </message>
    <message>
        <source>Replace the signed transaction?</source>
        <translation>Remplacer la transaction signée ?</translation>
    </message>
    <message>
        <source>The transaction signed here has not been saved or copied yet. Load the new one and drop that signature?</source>
        <translation>La transaction signée ici n&apos;a pas encore été enregistrée ni copiée. Charger la nouvelle et abandonner cette signature ?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Loaded from %1.</source>
        <translation>Chargé depuis %1.</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>le texte collé</translation>
    </message>
    <message>
        <source>Valid now.</source>
        <translation>Valable maintenant.</translation>
    </message>
    <message>
        <source>Does not expire.</source>
        <translation>N&apos;expire pas.</translation>
    </message>
    <message>
        <source>Not valid yet.</source>
        <translation>Pas encore valable.</translation>
    </message>
    <message>
        <source>Expires within a minute.</source>
        <translation>Expire dans moins d&apos;une minute.</translation>
    </message>
    <message>
        <source>Expired.</source>
        <translation>Expiré.</translation>
    </message>
    <message>
        <source>Cannot be checked offline.</source>
        <translation>Impossible à vérifier hors ligne.</translation>
    </message>
    <message>
        <source>What the exporter says it is for:</source>
        <translation>Objet selon l&apos;exportateur :</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>Validité :</translation>
    </message>
    <message>
        <source>Accounts that sign:</source>
        <translation>Comptes signataires :</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signé</translation>
    </message>
    <message>
        <source>signature needed</source>
        <translation>signature requise</translation>
    </message>
    <message>
        <source>this wallet</source>
        <translation>ce portefeuille</translation>
    </message>
    <message>
        <source>This wallet&apos;s accounts are marked once the password opens it.</source>
        <translation>Les comptes de ce portefeuille sont signalés une fois qu&apos;il est ouvert par le mot de passe.</translation>
    </message>
    <message>
        <source>Transaction %1 of %2</source>
        <translation>Transaction %1 sur %2</translation>
    </message>
    <message>
        <source>Every required signature is already present: nothing to sign.</source>
        <translation>Toutes les signatures requises sont déjà présentes : rien à signer.</translation>
    </message>
    <message>
        <source>It has expired: the network will refuse it. %1</source>
        <translation>Elle a expiré : le réseau la refusera. %1</translation>
    </message>
    <message>
        <source>It expires within a minute and may be refused before it reaches the network. %1</source>
        <translation>Elle expire dans moins d&apos;une minute et risque d&apos;être refusée avant d&apos;atteindre le réseau. %1</translation>
    </message>
    <message>
        <source>Sign anyway?</source>
        <translation>Signer quand même ?</translation>
    </message>
    <message>
        <source>Read this before signing:</source>
        <translation>Lisez ceci avant de signer :</translation>
    </message>
    <message>
        <source>Sign anyway</source>
        <translation>Signer quand même</translation>
    </message>
    <message>
        <source>There is no wallet in this data folder: create or restore it on the Wallet page first.</source>
        <translation>Aucun portefeuille dans ce dossier de données : créez-le ou restaurez-le d&apos;abord sur la page Portefeuille.</translation>
    </message>
    <message>
        <source>Unlock the wallet to sign</source>
        <translation>Déverrouiller le portefeuille pour signer</translation>
    </message>
    <message>
        <source>Wallet password (account %1):</source>
        <translation>Mot de passe du portefeuille (compte %1) :</translation>
    </message>
    <message>
        <source>Opening the wallet…</source>
        <translation>Ouverture du portefeuille…</translation>
    </message>
    <message>
        <source>The password does not open this wallet. Press Sign to try again.</source>
        <translation>Ce mot de passe n&apos;ouvre pas ce portefeuille. Appuyez sur Signer pour réessayer.</translation>
    </message>
    <message numerus="yes">
        <source>Signed (%n signature(s) added); every required signature is present. Save or copy it for the online computer.</source>
        <translation>
            <numerusform>Signée (%n signature ajoutée) ; toutes les signatures requises sont présentes. Enregistrez-la ou copiez-la pour l&apos;ordinateur en ligne.</numerusform>
            <numerusform>Signée (%n signatures ajoutées) ; toutes les signatures requises sont présentes. Enregistrez-la ou copiez-la pour l&apos;ordinateur en ligne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signed (%n signature(s) added); other accounts must still sign. Save or copy it for the next signer.</source>
        <translation>
            <numerusform>Signée (%n signature ajoutée) ; d&apos;autres comptes doivent encore signer. Enregistrez-la ou copiez-la pour le signataire suivant.</numerusform>
            <numerusform>Signée (%n signatures ajoutées) ; d&apos;autres comptes doivent encore signer. Enregistrez-la ou copiez-la pour le signataire suivant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starknet transaction (INVOKE v3)</source>
        <translation>Transaction Starknet (INVOKE v3)</translation>
    </message>
    <message>
        <source>Paste the transaction here (base64 Stellar XDR, base64 Algorand msgpack, base64 PSBT, Starknet INVOKE v3 JSON or a signing request), or drop its file on this window.</source>
        <translation>Collez la transaction ici (XDR Stellar en base64, msgpack Algorand en base64, PSBT en base64, JSON INVOKE v3 Starknet ou demande de signature), ou déposez son fichier sur cette fenêtre.</translation>
    </message>
</context>
<context>
    <name>fb::ui::SlaWizard</name>
    <message>
        <source>What do you need?</source>
        <translation>De quoi avez-vous besoin ?</translation>
    </message>
    <message>
        <source>Describe the storage; the next step finds the providers that fit and costs them.</source>
        <translation>Décrivez le stockage ; l’étape suivante trouve les fournisseurs adaptés et calcule leur coût.</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> Go</translation>
    </message>
    <message>
        <source>How much data you will keep (1 GB = 10^9 bytes).</source>
        <translation>Quantité de données que vous allez conserver (1 Go = 10^9 octets).</translation>
    </message>
    <message>
        <source> GB / month</source>
        <translation> Go / mois</translation>
    </message>
    <message>
        <source>How much you expect to download each month.</source>
        <translation>Quantité que vous prévoyez de télécharger chaque mois.</translation>
    </message>
    <message>
        <source>Full copies with several providers</source>
        <translation>Copies complètes chez plusieurs fournisseurs</translation>
    </message>
    <message>
        <source>Erasure coding: any k of n shards rebuild the data</source>
        <translation>Codage à effacement : k fragments quelconques sur n reconstruisent les données</translation>
    </message>
    <message>
        <source>Each copy lives with a different provider.</source>
        <translation>Chaque copie est hébergée par un fournisseur différent.</translation>
    </message>
    <message>
        <source>k = </source>
        <translation>k = </translation>
    </message>
    <message>
        <source>n = </source>
        <translation>n = </translation>
    </message>
    <message>
        <source>The lowest QoS tier you accept (uptime and latency targets rise with the tier).</source>
        <translation>Le niveau de QoS le plus bas que vous acceptez (les objectifs de disponibilité et de latence augmentent avec le niveau).</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <source>Untick the regions your data must not go to.</source>
        <translation>Décochez les régions où vos données ne doivent pas aller.</translation>
    </message>
    <message>
        <source>e.g. US, CN</source>
        <translation>p. ex. US, CN</translation>
    </message>
    <message>
        <source>Put each copy or shard in a different &amp;region</source>
        <translation>Placer chaque copie ou fragment dans une région &amp;différente</translation>
    </message>
    <message>
        <source>Mix &amp;cloud and DePIN providers</source>
        <translation>Combiner des fournisseurs &amp;cloud et DePIN</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source>XLM from the embedded wallet</source>
        <translation>XLM depuis le portefeuille intégré</translation>
    </message>
    <message>
        <source>Card (platform checkout)</source>
        <translation>Carte (page de paiement de la plateforme)</translation>
    </message>
    <message>
        <source>Data size in GB</source>
        <translation>Taille des données en Go</translation>
    </message>
    <message>
        <source>Expected downloads in GB per month</source>
        <translation>Téléchargements prévus en Go par mois</translation>
    </message>
    <message>
        <source>Duration in days</source>
        <translation>Durée en jours</translation>
    </message>
    <message>
        <source>Redundancy</source>
        <translation>Redondance</translation>
    </message>
    <message>
        <source>Number of copies</source>
        <translation>Nombre de copies</translation>
    </message>
    <message>
        <source>Shards needed to rebuild (k)</source>
        <translation>Fragments nécessaires à la reconstruction (k)</translation>
    </message>
    <message>
        <source>Shards in total (n)</source>
        <translation>Fragments au total (n)</translation>
    </message>
    <message>
        <source>Minimum QoS tier</source>
        <translation>Niveau de QoS minimal</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Allowed regions</source>
        <translation>Régions autorisées</translation>
    </message>
    <message>
        <source>Excluded countries</source>
        <translation>Pays exclus</translation>
    </message>
    <message>
        <source>Different region for each copy</source>
        <translation>Région différente pour chaque copie</translation>
    </message>
    <message>
        <source>Mix cloud and DePIN providers</source>
        <translation>Combiner des fournisseurs cloud et DePIN</translation>
    </message>
    <message>
        <source>Maximum total budget in US dollars</source>
        <translation>Budget total maximal en dollars américains</translation>
    </message>
    <message>
        <source>Pay with</source>
        <translation>Payer avec</translation>
    </message>
    <message>
        <source>&amp;Data size:</source>
        <translation>&amp;Taille des données :</translation>
    </message>
    <message>
        <source>Expected down&amp;loads:</source>
        <translation>Téléchargements pré&amp;vus :</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <source>R&amp;edundancy:</source>
        <translation>&amp;Redondance :</translation>
    </message>
    <message>
        <source>C&amp;opies:</source>
        <translation>C&amp;opies :</translation>
    </message>
    <message>
        <source>&amp;Shards:</source>
        <translation>&amp;Fragments :</translation>
    </message>
    <message>
        <source>Minimum QoS &amp;tier:</source>
        <translation>&amp;Niveau de QoS minimal :</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protocole :</translation>
    </message>
    <message>
        <source>Allowed re&amp;gions:</source>
        <translation>Ré&amp;gions autorisées :</translation>
    </message>
    <message>
        <source>E&amp;xcluded countries:</source>
        <translation>Pays e&amp;xclus :</translation>
    </message>
    <message>
        <source>&amp;Maximum budget (total):</source>
        <translation>&amp;Budget maximal (total) :</translation>
    </message>
    <message>
        <source>Pay &amp;with:</source>
        <translation>Pa&amp;yer avec :</translation>
    </message>
    <message>
        <source>Recommended providers</source>
        <translation>Fournisseurs recommandés</translation>
    </message>
    <message>
        <source>Provider, offer and why it was chosen</source>
        <translation>Fournisseur, offre et raison du choix</translation>
    </message>
    <message>
        <source>Cost over the term</source>
        <translation>Coût sur la durée</translation>
    </message>
    <message>
        <source>Chosen providers</source>
        <translation>Fournisseurs choisis</translation>
    </message>
    <message>
        <source>The marketplace is not available yet: %1</source>
        <translation>La place de marché n’est pas encore disponible : %1</translation>
    </message>
    <message>
        <source>What you will pay</source>
        <translation>Ce que vous allez payer</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Keeps</source>
        <translation>Conserve</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Quote per provider</source>
        <translation>Devis par fournisseur</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Not connected to a platform node; check Settings.</source>
        <translation>Non connecté à un nœud de plateforme ; vérifiez les Paramètres.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Total %1&lt;/b&gt; (storage %2, downloads %3, platform fee %4)</source>
        <translation>&lt;b&gt;Total %1&lt;/b&gt; (stockage %2, téléchargements %3, frais de plateforme %4)</translation>
    </message>
    <message>
        <source>&lt;br&gt;You pay &lt;b&gt;%1&lt;/b&gt; by card on the platform&apos;s checkout page.</source>
        <translation>&lt;br&gt;Vous payez &lt;b&gt;%1&lt;/b&gt; par carte sur la page de paiement de la plateforme.</translation>
    </message>
    <message>
        <source>Pay into escrow</source>
        <translation>Payer sur le compte séquestre</translation>
    </message>
    <message>
        <source>Your wallet signs one payment per provider into the platform&apos;s escrow. You see each transaction before signing.</source>
        <translation>Votre portefeuille signe un paiement par fournisseur vers le compte séquestre de la plateforme. Vous voyez chaque transaction avant de la signer.</translation>
    </message>
    <message>
        <source>&amp;Set up a wallet…</source>
        <translation>Confi&amp;gurer un portefeuille…</translation>
    </message>
    <message>
        <source>Get &amp;development funds (no value)</source>
        <translation>Obtenir des fonds de &amp;développement (sans valeur)</translation>
    </message>
    <message>
        <source>The local network&apos;s faucet credits test XLM to your wallet.</source>
        <translation>Le robinet (faucet) du réseau local crédite des XLM de test sur votre portefeuille.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>Set up a wallet</source>
        <translation>Configurer un portefeuille</translation>
    </message>
    <message>
        <source>Get development funds</source>
        <translation>Obtenir des fonds de développement</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Stop paying</source>
        <translation>Arrêter les paiements</translation>
    </message>
    <message>
        <source>Payment progress</source>
        <translation>Progression du paiement</translation>
    </message>
    <message>
        <source>Pay by card</source>
        <translation>Payer par carte</translation>
    </message>
    <message>
        <source>Your wallet signs you in (it is your account on the platform); then the platform&apos;s checkout page takes the card payment into escrow, once per provider.</source>
        <translation>Votre portefeuille vous connecte (c’est votre compte sur la plateforme) ; ensuite, la page de paiement de la plateforme encaisse le paiement par carte sur le compte séquestre, une fois par fournisseur.</translation>
    </message>
    <message>
        <source>&amp;Pay %1 by card</source>
        <translation>&amp;Payer %1 par carte</translation>
    </message>
    <message>
        <source>&amp;Pay %1</source>
        <translation>&amp;Payer %1</translation>
    </message>
    <message>
        <source>You have no wallet yet. Set one up: it takes a minute, and its recovery phrase is yours alone.</source>
        <translation>Vous n’avez pas encore de portefeuille. Configurez-en un : cela prend une minute, et sa phrase de récupération n’appartient qu’à vous.</translation>
    </message>
    <message>
        <source>Your platform account: %1
Your wallet signs you in; the card pays.</source>
        <translation>Votre compte sur la plateforme : %1
Votre portefeuille vous connecte ; la carte paie.</translation>
    </message>
    <message>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Your wallet password signs you in to %1:</source>
        <translation>Le mot de passe de votre portefeuille vous connecte (%1) :</translation>
    </message>
    <message>
        <source>Card payment %1 of %2 (%3): fill in the checkout below. It is the platform&apos;s page, served by %4.</source>
        <translation>Paiement par carte %1 sur %2 (%3) : remplissez le formulaire de paiement ci-dessous. C’est la page de la plateforme, servie par %4.</translation>
    </message>
    <message>
        <source>Checkout page</source>
        <translation>Page de paiement</translation>
    </message>
    <message>
        <source>It opened in your web browser; this page goes on by itself once the payment is recorded.</source>
        <translation>Elle s’est ouverte dans votre navigateur web ; cette page continue d’elle-même dès que le paiement est enregistré.</translation>
    </message>
    <message>
        <source>These payments put %1 into the platform&apos;s escrow for your storage agreement. Check the amounts and the memo, then sign.</source>
        <translation>Ces paiements versent %1 sur le compte séquestre de la plateforme pour votre contrat de stockage. Vérifiez les montants et le mémo, puis signez.</translation>
    </message>
    <message>
        <source>Your agreement</source>
        <translation>Votre contrat</translation>
    </message>
    <message>
        <source>Each provider&apos;s part, live. Funded means the escrow holds the money; Active means the provider confirmed your storage is ready and the term has started.</source>
        <translation>La part de chaque fournisseur, en direct. Financé signifie que le compte séquestre détient l’argent ; Actif signifie que le fournisseur a confirmé que votre stockage est prêt et que la durée a commencé.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Deals of this agreement</source>
        <translation>Accords de ce contrat</translation>
    </message>
    <message>
        <source>You can close this window: the SLAs page keeps tracking the agreement, its payments and its QoS.</source>
        <translation>Vous pouvez fermer cette fenêtre : la page SLA continue de suivre le contrat, ses paiements et sa QoS.</translation>
    </message>
    <message>
        <source>New storage agreement</source>
        <translation>Nouveau contrat de stockage</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The platform&apos;s quote: storage and downloads per provider, and its fee. The money waits in escrow and reaches each provider only while it keeps its promises.</source>
        <translation>Le devis de la plateforme : stockage et téléchargements par fournisseur, ainsi que ses frais. L’argent attend sur le compte séquestre et ne parvient à chaque fournisseur que tant qu’il tient ses engagements.</translation>
    </message>
    <message>
        <source>The node&apos;s fee is needed to cost a plan: %1</source>
        <translation>Les frais du nœud sont nécessaires pour calculer le coût d’un plan : %1</translation>
    </message>
    <message>
        <source>Pay for your storage agreement</source>
        <translation>Payer votre contrat de stockage</translation>
    </message>
    <message>
        <source>ALGO from the embedded wallet</source>
        <translation>ALGO depuis le portefeuille intégré</translation>
    </message>
    <message>
        <source>BTC from the embedded wallet</source>
        <translation>BTC depuis le portefeuille intégré</translation>
    </message>
    <message>
        <source>STRK from the embedded wallet</source>
        <translation>STRK depuis le portefeuille intégré</translation>
    </message>
    <message>
        <source>The wallet pays in XLM (Stellar), ALGO (Algorand), BTC (Bitcoin) or STRK (Starknet) from its own account on that chain, or the card pays through the platform&apos;s checkout page.</source>
        <translation>Le portefeuille paie en XLM (Stellar), ALGO (Algorand), BTC (Bitcoin) ou STRK (Starknet) depuis son propre compte sur cette chaîne, ou la carte paie via la page de paiement de la plateforme.</translation>
    </message>
    <message>
        <source>Show my &amp;addresses…</source>
        <translation>Afficher mes &amp;adresses…</translation>
    </message>
    <message>
        <source>Your wallet was made before it kept its Algorand and Bitcoin addresses: your password opens it once to find them (nothing secret is kept).</source>
        <translation>Votre portefeuille a été créé avant qu&apos;il ne conserve ses adresses Algorand et Bitcoin : votre mot de passe l&apos;ouvre une fois pour les retrouver (rien de secret n&apos;est conservé).</translation>
    </message>
    <message>
        <source>Show my Algorand and Bitcoin addresses</source>
        <translation>Afficher mes adresses Algorand et Bitcoin</translation>
    </message>
    <message>
        <source>%1 (about %2)</source>
        <translation>%1 (environ %2)</translation>
    </message>
    <message>
        <source>Pay into escrow in %1</source>
        <translation>Payer sous séquestre en %1</translation>
    </message>
    <message>
        <source>Algorand</source>
        <translation>Algorand</translation>
    </message>
    <message>
        <source>Bitcoin</source>
        <translation>Bitcoin</translation>
    </message>
    <message>
        <source>Starknet</source>
        <translation>Starknet</translation>
    </message>
    <message>
        <source>Stellar</source>
        <translation>Stellar</translation>
    </message>
    <message>
        <source>Your wallet&apos;s %1 address is not known yet: show your addresses once (your password opens the wallet), then pay.</source>
        <translation>L&apos;adresse %1 de votre portefeuille n&apos;est pas encore connue : affichez une fois vos adresses (votre mot de passe ouvre le portefeuille), puis payez.</translation>
    </message>
    <message>
        <source>This wallet has no %1 account: it was made from a single Stellar secret key, and %1 accounts come from a recovery phrase.</source>
        <translation>Ce portefeuille n&apos;a pas de compte %1 : il a été créé à partir d&apos;une seule clé secrète Stellar, or les comptes %1 découlent d&apos;une phrase de récupération.</translation>
    </message>
    <message>
        <source>Choose XLM or the card in &quot;Pay with&quot; above.</source>
        <translation>Choisissez XLM ou la carte dans « Payer avec » ci-dessus.</translation>
    </message>
    <message>
        <source>Go back and pay with XLM or by card, or set up a wallet from a recovery phrase to pay in %1.</source>
        <translation>Revenez en arrière et payez en XLM ou par carte, ou configurez un portefeuille à partir d&apos;une phrase de récupération pour payer en %1.</translation>
    </message>
    <message>
        <source>Paying from your %1 account %2</source>
        <translation>Paiement depuis votre compte %1 %2</translation>
    </message>
    <message>
        <source>Paying from your %1 account %2
Balance on the %3: %4</source>
        <translation>Paiement depuis votre compte %1 %2
Solde (%3) : %4</translation>
    </message>
    <message>
        <source>Paying from your %1 account %2 (balance unknown: %3)</source>
        <translation>Paiement depuis votre compte %1 %2 (solde inconnu : %3)</translation>
    </message>
    <message>
        <source>%1, worth %2</source>
        <translation>%1, soit %2</translation>
    </message>
    <message numerus="yes">
        <source> in %n coin(s)</source>
        <translation>
            <numerusform> en %n pièce</numerusform>
            <numerusform> en %n pièces</numerusform>
        </translation>
    </message>
    <message>
        <source>Show my addresses</source>
        <translation>Afficher mes adresses</translation>
    </message>
    <message>
        <source>Your wallet password opens the wallet once to find its Algorand, Bitcoin and Starknet addresses:</source>
        <translation>Le mot de passe de votre portefeuille l&apos;ouvre une fois pour retrouver ses adresses Algorand, Bitcoin et Starknet :</translation>
    </message>
    <message>
        <source>You pay exactly %1 (%2) at the node&apos;s rate of %3 per %4, plus the network&apos;s fee.</source>
        <translation>Vous payez exactement %1 (%2) au taux du nœud de %3 par %4, plus les frais de réseau.</translation>
    </message>
    <message>
        <source>Sign on another &amp;device…</source>
        <translation>Signer sur un autre appar&amp;eil…</translation>
    </message>
    <message>
        <source>Export these payments with the agreement&apos;s terms (a file or QR frames) to an offline signer, then import the signed result here.</source>
        <translation>Exporter ces paiements avec les conditions du contrat (fichier ou images QR) vers un signataire hors ligne, puis importer ici le résultat signé.</translation>
    </message>
    <message>
        <source>&lt;br&gt;About &lt;b&gt;%1&lt;/b&gt; at the node&apos;s rate of %2 per %3; the exact amount is fixed when you pay.</source>
        <translation>&lt;br&gt;Environ &lt;b&gt;%1&lt;/b&gt; au taux du nœud de %2 par %3 ; le montant exact est fixé au moment du paiement.</translation>
    </message>
    <message>
        <source>The wallet pays in XLM (Stellar), ALGO (Algorand), BTC (Bitcoin) or STRK (Starknet) from its own account on that chain; card payments go through the platform&apos;s checkout page, in US dollars. Only providers that accept the currency are offered.</source>
        <translation>Le portefeuille paie en XLM (Stellar), ALGO (Algorand), BTC (Bitcoin) ou STRK (Starknet) depuis son propre compte sur cette chaîne ; les paiements par carte passent par la page de paiement de la plateforme, en dollars US. Seuls les fournisseurs acceptant la devise sont proposés.</translation>
    </message>
    <message numerus="yes">
        <source>Renewing &lt;b&gt;%1&lt;/b&gt; with the same %n provider(s). The new period follows the current one, which ends on %2.</source>
        <translation>
            <numerusform>Renouvellement de &lt;b&gt;%1&lt;/b&gt; avec le même fournisseur. La nouvelle période suit l&apos;actuelle, qui se termine le %2.</numerusform>
            <numerusform>Renouvellement de &lt;b&gt;%1&lt;/b&gt; avec les mêmes %n fournisseurs. La nouvelle période suit l&apos;actuelle, qui se termine le %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewing &lt;b&gt;%1&lt;/b&gt; with the same %n provider(s).</source>
        <translation>
            <numerusform>Renouvellement de &lt;b&gt;%1&lt;/b&gt; avec le même fournisseur.</numerusform>
            <numerusform>Renouvellement de &lt;b&gt;%1&lt;/b&gt; avec les mêmes %n fournisseurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Renew %1</source>
        <translation>Renouveler %1</translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation>Payé en</translation>
    </message>
    <message>
        <source>card</source>
        <translation>carte</translation>
    </message>
    <message>
        <source>Not enough funds</source>
        <translation>Fonds insuffisants</translation>
    </message>
    <message>
        <source>Get &amp;test funds (%1, no value)</source>
        <translation>Obtenir des fonds de &amp;test (%1, sans valeur)</translation>
    </message>
    <message>
        <source>The development network&apos;s faucet credits test %1 to your wallet. It has no value.</source>
        <translation>Le robinet (faucet) du réseau de développement crédite des %1 de test sur votre portefeuille. Ils n&apos;ont aucune valeur.</translation>
    </message>
    <message>
        <source>Get test funds in %1</source>
        <translation>Obtenir des fonds de test en %1</translation>
    </message>
    <message>
        <source>The new period runs from %1 to %2.</source>
        <translation>La nouvelle période va du %1 au %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source> (%1 %2 than recommended)</source>
        <translation> (%1 de %2 que recommandé)</translation>
    </message>
    <message>
        <source>more</source>
        <translation>plus</translation>
    </message>
    <message>
        <source>less</source>
        <translation>moins</translation>
    </message>
    <message numerus="yes">
        <source>%n alternative(s) below the recommendation: pick one to see its providers and why; the quote follows your choice.</source>
        <translation>
            <numerusform>%n alternative sous la recommandation : choisissez-en une pour voir ses fournisseurs et pourquoi ; le devis suit votre choix.</numerusform>
            <numerusform>%n alternatives sous la recommandation : choisissez-en une pour voir ses fournisseurs et pourquoi ; le devis suit votre choix.</numerusform>
        </translation>
    </message>
    <message>
        <source>No other set of offers meets every requirement, so there is no alternative to pick. Relax a requirement on the previous page for more choice.</source>
        <translation>Aucun autre ensemble d&apos;offres ne satisfait toutes les exigences : il n&apos;y a donc pas d&apos;alternative à choisir. Assouplissez une exigence à la page précédente pour avoir plus de choix.</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <source>Next cheapest</source>
        <translation>Le moins cher suivant</translation>
    </message>
    <message>
        <source>Cheapest without spreading</source>
        <translation>Le moins cher sans répartition</translation>
    </message>
    <message>
        <source>Most reliable</source>
        <translation>Le plus fiable</translation>
    </message>
    <message>
        <source>Chosen offers</source>
        <translation>Offres choisies</translation>
    </message>
    <message>
        <source>The offers you chose in the marketplace. The recommendation uses only the ticked ones.</source>
        <translation>Les offres que vous avez choisies sur la place de marché. La recommandation n&apos;utilise que celles qui sont cochées.</translation>
    </message>
    <message>
        <source>Chosen o&amp;ffers:</source>
        <translation>Offres c&amp;hoisies :</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 tier · %4 per GB-month</source>
        <translation>%1 · %2 · niveau %3 · %4 par Go-mois</translation>
    </message>
    <message>
        <source>The cheapest set that meets every requirement, never two copies with one provider.</source>
        <translation>L’ensemble le moins cher qui satisfait toutes les exigences, sans jamais deux copies chez un même fournisseur.</translation>
    </message>
    <message>
        <source>%1 is your own offer: the platform does not let an account buy from itself. Untick it, or buy with another wallet.</source>
        <translation>%1 est votre propre offre : la plateforme ne permet pas à un compte d&apos;acheter à lui-même. Décochez-la, ou achetez avec un autre portefeuille.</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> jour</numerusform>
            <numerusform> jours</numerusform>
        </translation>
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
        <translation>Pas encore de SLA</translation>
    </message>
    <message>
        <source>An SLA is an agreement with one or more providers to keep your data for a period, at a price and a quality you choose. Pick offers in the Marketplace to create one.</source>
        <translation>Un SLA est un contrat avec un ou plusieurs fournisseurs pour conserver vos données pendant une période, à un prix et une qualité que vous choisissez. Choisissez des offres dans la Place de marché pour en créer un.</translation>
    </message>
    <message>
        <source>Browse the Marketplace</source>
        <translation>Parcourir la Place de marché</translation>
    </message>
    <message>
        <source>New agreement…</source>
        <translation>Nouveau contrat…</translation>
    </message>
    <message>
        <source>Storage agreements</source>
        <translation>Contrats de stockage</translation>
    </message>
    <message>
        <source>Escrow movements</source>
        <translation>Mouvements du séquestre</translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation>&amp;Renouveler…</translation>
    </message>
    <message>
        <source>&amp;Cancel agreement…</source>
        <translation>&amp;Annuler le contrat…</translation>
    </message>
    <message>
        <source>Shows what you get back before anything happens.</source>
        <translation>Affiche ce que vous récupérez avant que quoi que ce soit ne se produise.</translation>
    </message>
    <message>
        <source>Open a &amp;dispute…</source>
        <translation>Ouvrir un &amp;litige…</translation>
    </message>
    <message>
        <source>SLAs</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source> · started %1 · ends %2</source>
        <translation> · commencé le %1 · se termine le %2</translation>
    </message>
    <message>
        <source> · paid %1, released to the provider %2, refunded %3, withheld for QoS %4</source>
        <translation> · payé %1, versé au fournisseur %2, remboursé %3, retenu pour la QoS %4</translation>
    </message>
    <message>
        <source> · reason: %1</source>
        <translation> · motif : %1</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>latence</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>Nothing has been paid for this part yet, so nothing moves.</source>
        <translation>Rien n’a encore été payé pour cette part, donc rien ne bouge.</translation>
    </message>
    <message>
        <source>The provider has not started: everything you paid comes back, the platform fee included.</source>
        <translation>Le fournisseur n’a pas commencé : tout ce que vous avez payé vous est restitué, frais de plateforme compris.</translation>
    </message>
    <message>
        <source>The provider keeps what it earned so far (subject to its QoS); the unearned rest comes back. The platform fee is not refunded when you cancel.</source>
        <translation>Le fournisseur conserve ce qu’il a gagné jusqu’ici (sous réserve de sa QoS) ; le reste non acquis vous est restitué. Les frais de plateforme ne sont pas remboursés en cas d’annulation.</translation>
    </message>
    <message>
        <source>This part has ended.</source>
        <translation>Cette part est terminée.</translation>
    </message>
    <message>
        <source>Cancel the agreement?</source>
        <translation>Annuler le contrat ?</translation>
    </message>
    <message>
        <source>You get back about %1.</source>
        <translation>Vous récupérez environ %1.</translation>
    </message>
    <message>
        <source>Keep the agreement</source>
        <translation>Conserver le contrat</translation>
    </message>
    <message>
        <source>Cancel it</source>
        <translation>L’annuler</translation>
    </message>
    <message>
        <source>Cancelled by the consumer from the app</source>
        <translation>Annulé par le client depuis l’application</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Litige</translation>
    </message>
    <message>
        <source>The dispute is open; you will see the decision here.</source>
        <translation>Le litige est ouvert ; vous verrez la décision ici.</translation>
    </message>
    <message>
        <source>Search by deal, provider or state</source>
        <translation>Rechercher par accord, fournisseur ou état</translation>
    </message>
    <message>
        <source>Search agreements</source>
        <translation>Rechercher des contrats</translation>
    </message>
    <message>
        <source>&amp;Pay…</source>
        <translation>&amp;Payer…</translation>
    </message>
    <message>
        <source>Review and sign the escrow payment of the deals not paid yet.</source>
        <translation>Vérifier et signer le paiement sur le compte séquestre des accords pas encore payés.</translation>
    </message>
    <message>
        <source>D&amp;iscard…</source>
        <translation>A&amp;bandonner…</translation>
    </message>
    <message>
        <source>Cancel the deals not paid yet; nothing was paid, nothing moves.</source>
        <translation>Annuler les accords pas encore payés ; rien n’a été payé, rien ne bouge.</translation>
    </message>
    <message>
        <source> · %1 (price %2)</source>
        <translation> · %1 (prix %2)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Awaiting payment&lt;/b&gt;: %n deal(s) not paid yet, %1 due.</source>
        <translation>
            <numerusform>&lt;b&gt;En attente de paiement&lt;/b&gt; : %n accord pas encore payé, %1 à payer.</numerusform>
            <numerusform>&lt;b&gt;En attente de paiement&lt;/b&gt; : %n accords pas encore payés, %1 à payer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Awaiting payment&lt;/b&gt;: %n deal(s) not paid yet; the provider has not accepted, you pay once it does.</source>
        <translation>
            <numerusform>&lt;b&gt;En attente de paiement&lt;/b&gt; : %n accord pas encore payé ; le fournisseur n’a pas encore accepté, vous paierez dès qu’il l’aura fait.</numerusform>
            <numerusform>&lt;b&gt;En attente de paiement&lt;/b&gt; : %n accords pas encore payés ; le fournisseur n’a pas encore accepté, vous paierez dès qu’il l’aura fait.</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 (%2, %3): %4</source>
        <translation>• %1 (%2, %3) : %4</translation>
    </message>
    <message>
        <source>Discard the unpaid agreement?</source>
        <translation>Abandonner le contrat non payé ?</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n unpaid deal(s) worth %1? They are cancelled with their providers; nothing was paid, so nothing moves.</source>
        <translation>
            <numerusform>Abandonner %n accord non payé d’un montant de %1 ? Il est annulé auprès de son fournisseur ; rien n’a été payé, donc rien ne bouge.</numerusform>
            <numerusform>Abandonner %n accords non payés d’un montant total de %1 ? Ils sont annulés auprès de leurs fournisseurs ; rien n’a été payé, donc rien ne bouge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Les conserver</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Discarded by the consumer before paying</source>
        <translation>Abandonné par le client avant paiement</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>Give this agreement a name of your own (F2); the Files page uses it too.</source>
        <translation>Donnez à ce contrat un nom de votre choix (F2) ; la page Fichiers l&apos;utilise aussi.</translation>
    </message>
    <message>
        <source>Start a new agreement with the same providers, size, redundancy and tier, from the day this one ends.</source>
        <translation>Démarrer un nouveau contrat avec les mêmes fournisseurs, taille, redondance et niveau, à compter de la fin de celui-ci.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — %2: created %3</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — %2 : créé le %3</translation>
    </message>
    <message>
        <source>Measured latency (ms) against the target, since the deal started</source>
        <translation>Latence mesurée (ms) par rapport à l&apos;objectif, depuis le début de l&apos;accord</translation>
    </message>
    <message>
        <source>QoS is measured once the provider activates the deal.</source>
        <translation>La QoS est mesurée dès que le fournisseur active l&apos;accord.</translation>
    </message>
    <message>
        <source>QoS is measured from the deal&apos;s start.</source>
        <translation>La QoS est mesurée dès le début de l&apos;accord.</translation>
    </message>
    <message>
        <source>No QoS samples since the deal started: the platform probes each provider on a schedule.</source>
        <translation>Aucune mesure de QoS depuis le début de l&apos;accord : la plateforme sonde chaque fournisseur selon un calendrier.</translation>
    </message>
    <message>
        <source>Its period has not started: everything you paid comes back, the platform fee included.</source>
        <translation>Sa période n&apos;a pas commencé : tout ce que vous avez payé vous est rendu, frais de plateforme compris.</translation>
    </message>
</context>
<context>
    <name>fb::ui::StorageProbe</name>
    <message>
        <source>These settings cannot reach a store: %1</source>
        <translation>Ces paramètres ne permettent pas d&apos;atteindre un stockage : %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec de %1 : %2</translation>
    </message>
    <message>
        <source>The store works: a probe object was listed, written, read back and deleted.</source>
        <translation>Le stockage fonctionne : un objet de test a été listé, écrit, relu et supprimé.</translation>
    </message>
    <message>
        <source>Opening the bucket or folder</source>
        <translation>Ouverture du bucket ou du dossier</translation>
    </message>
    <message>
        <source>Listing objects</source>
        <translation>Liste des objets</translation>
    </message>
    <message>
        <source>Writing a probe object</source>
        <translation>Écriture d&apos;un objet de test</translation>
    </message>
    <message>
        <source>Reading it back</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Deleting it</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>the object read back differs from what was written</source>
        <translation>l&apos;objet relu diffère de celui qui a été écrit</translation>
    </message>
</context>
<context>
    <name>fb::ui::TransfersPanel</name>
    <message>
        <source>Resume all</source>
        <translation>Tout reprendre</translation>
    </message>
    <message>
        <source>Continue every paused transfer</source>
        <translation>Reprendre tous les transferts en pause</translation>
    </message>
    <message>
        <source>Interrupted when Flashback closed. Resume continues from what was already transferred.</source>
        <translation>Interrompu à la fermeture de Flashback. Reprendre continue à partir de ce qui a déjà été transféré.</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>&lt;b&gt;Transfers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Transferts&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No transfers</source>
        <translation>Aucun transfert</translation>
    </message>
    <message>
        <source>Total progress</source>
        <translation>Progression totale</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Effacer les terminés</translation>
    </message>
    <message>
        <source>Clear finished transfers</source>
        <translation>Effacer les transferts terminés</translation>
    </message>
    <message>
        <source>Transfer list</source>
        <translation>Liste des transferts</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Upload of %1</source>
        <translation>Envoi de %1</translation>
    </message>
    <message>
        <source>Download of %1</source>
        <translation>Téléchargement de %1</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement en cours</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Progression de %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the transfer of %1</source>
        <translation>Annuler le transfert de %1</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>All transfers finished (%1)</source>
        <translation>Tous les transferts sont terminés (%1)</translation>
    </message>
    <message>
        <source>%1 active</source>
        <translation>%1 en cours</translation>
    </message>
    <message>
        <source>Total transfer progress</source>
        <translation>Progression totale des transferts</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause the transfer of %1</source>
        <translation>Mettre en pause le transfert de %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Resume the transfer of %1</source>
        <translation>Reprendre le transfert de %1</translation>
    </message>
    <message>
        <source>Total: finishing…</source>
        <translation>Total : finalisation…</translation>
    </message>
    <message>
        <source>Total: %1 of %2</source>
        <translation>Total : %1 sur %2</translation>
    </message>
    <message>
        <source> at %1/s, about %2 left</source>
        <translation> à %1/s, environ %2 restant(s)</translation>
    </message>
    <message>
        <source>, waiting</source>
        <translation>, en attente</translation>
    </message>
    <message>
        <source>%1 active, %2 paused</source>
        <translation>%1 actif(s), %2 en pause</translation>
    </message>
    <message>
        <source>Speed limit</source>
        <translation>Limite de vitesse</translation>
    </message>
    <message>
        <source>Limits the network traffic of all transfers together, so uploads and downloads leave bandwidth for other work.</source>
        <translation>Limite le trafic réseau de tous les transferts ensemble, pour que les envois et téléchargements laissent de la bande passante au reste.</translation>
    </message>
    <message>
        <source>No speed limit</source>
        <translation>Pas de limite de vitesse</translation>
    </message>
    <message>
        <source>Limit: %1 MB/s</source>
        <translation>Limite : %1 Mo/s</translation>
    </message>
    <message>
        <source>Limit: %1/s</source>
        <translation>Limite : %1/s</translation>
    </message>
    <message>
        <source>Paused (locked)</source>
        <translation>En pause (verrouillé)</translation>
    </message>
</context>
<context>
    <name>fb::ui::VerifyBackupDialog</name>
    <message>
        <source>Verify your backup</source>
        <translation>Vérifier votre sauvegarde</translation>
    </message>
    <message>
        <source>Type these words from your written backup. A mistake here means the backup could not restore this wallet.</source>
        <translation>Saisissez ces mots depuis votre sauvegarde écrite. Une erreur ici signifie que la sauvegarde ne pourrait pas restaurer ce portefeuille.</translation>
    </message>
    <message>
        <source>Word %1:</source>
        <translation>Mot %1 :</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Your backup is right: it restores this wallet.</source>
        <translation>Votre sauvegarde est correcte : elle restaure ce portefeuille.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) do not match. Check your written backup; if a word is missing, write the words down again from &quot;Show recovery words&quot;.</source>
        <translation>
            <numerusform>%n mot ne correspond pas. Vérifiez votre sauvegarde écrite ; s&apos;il manque un mot, notez de nouveau les mots depuis « Afficher les mots de récupération ».</numerusform>
            <numerusform>%n mots ne correspondent pas. Vérifiez votre sauvegarde écrite ; s&apos;il manque un mot, notez de nouveau les mots depuis « Afficher les mots de récupération ».</numerusform>
        </translation>
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
        <translation>Pas encore de portefeuille</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Déverrouiller…</translation>
    </message>
    <message>
        <source>Show the selected account&apos;s address and QR code.</source>
        <translation>Afficher l&apos;adresse et le code QR du compte sélectionné.</translation>
    </message>
    <message>
        <source>Pay someone from the selected account.</source>
        <translation>Payer quelqu&apos;un depuis le compte sélectionné.</translation>
    </message>
    <message>
        <source>Credit development coins (no value) to the selected account.</source>
        <translation>Créditer des pièces de développement (sans valeur) sur le compte sélectionné.</translation>
    </message>
    <message>
        <source>Read the balances and the history again.</source>
        <translation>Relire les soldes et l&apos;historique.</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Changer le &amp;mot de passe…</translation>
    </message>
    <message>
        <source>Show &amp;recovery words…</source>
        <translation>Afficher les mots de &amp;récupération…</translation>
    </message>
    <message>
        <source>&amp;Verify your backup…</source>
        <translation>Vérifier votre &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Add an account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>&amp;Watch an address…</source>
        <translation>Suivre une a&amp;dresse…</translation>
    </message>
    <message>
        <source>Lock the wallet after this long without keyboard or mouse input.</source>
        <translation>Verrouiller le portefeuille après cette durée sans activité du clavier ou de la souris.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-lock:</source>
        <translation>Verrouillage auto :</translation>
    </message>
    <message>
        <source>Show my ALGO and BTC accounts…</source>
        <translation>Afficher mes comptes ALGO et BTC…</translation>
    </message>
    <message>
        <source>Open the wallet once to find its Algorand and Bitcoin addresses; only the addresses are kept.</source>
        <translation>Ouvrir une fois le portefeuille pour retrouver ses adresses Algorand et Bitcoin ; seules les adresses sont conservées.</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historique&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Search payments: address, memo, agreement, amount…</source>
        <translation>Rechercher des paiements : adresse, mémo, contrat, montant…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Save the payments shown as a CSV file.</source>
        <translation>Enregistrer les paiements affichés dans un fichier CSV.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
    <message>
        <source>Unlock the wallet</source>
        <translation>Déverrouiller le portefeuille</translation>
    </message>
    <message>
        <source>Wallet password:</source>
        <translation>Mot de passe du portefeuille :</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>Wallet still locked</source>
        <translation>Portefeuille toujours verrouillé</translation>
    </message>
    <message>
        <source>That password does not open the wallet. Try again.</source>
        <translation>Ce mot de passe n&apos;ouvre pas le portefeuille. Réessayez.</translation>
    </message>
    <message>
        <source>Deploy your Starknet account</source>
        <translation>Déployer votre compte Starknet</translation>
    </message>
    <message>
        <source>Your wallet password opens the wallet once to find its Starknet public key (nothing secret is kept):</source>
        <translation>Le mot de passe de votre portefeuille l&apos;ouvre une fois pour retrouver sa clé publique Starknet (rien de secret n&apos;est conservé) :</translation>
    </message>
    <message>
        <source>Asking the faucet for development %1…</source>
        <translation>Demande de %1 de développement au faucet…</translation>
    </message>
    <message>
        <source>The faucet credited development %1 (no value).</source>
        <translation>Le faucet a crédité des %1 de développement (sans valeur).</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Export the payments</source>
        <translation>Exporter les paiements</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) exported to %1.</source>
        <translation>
            <numerusform>%n paiement exporté vers %1.</numerusform>
            <numerusform>%n paiements exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the wallet…</source>
        <translation>Ouverture du portefeuille…</translation>
    </message>
    <message>
        <source>That password does not open the wallet.</source>
        <translation>Ce mot de passe n&apos;ouvre pas le portefeuille.</translation>
    </message>
    <message>
        <source>The wallet password was changed.</source>
        <translation>Le mot de passe du portefeuille a été modifié.</translation>
    </message>
    <message>
        <source>Show your recovery words?</source>
        <translation>Afficher vos mots de récupération ?</translation>
    </message>
    <message>
        <source>Anyone who sees your recovery words can take your funds. Make sure no one can see your screen and nothing is recording it.</source>
        <translation>Quiconque voit vos mots de récupération peut prendre vos fonds. Assurez-vous que personne ne voit votre écran et que rien ne l&apos;enregistre.</translation>
    </message>
    <message>
        <source>Show the words</source>
        <translation>Afficher les mots</translation>
    </message>
    <message>
        <source>Show recovery words</source>
        <translation>Afficher les mots de récupération</translation>
    </message>
    <message>
        <source>This wallet was imported from a single secret key: it has no recovery words. Keep a copy of that key instead.</source>
        <translation>Ce portefeuille a été importé à partir d&apos;une seule clé secrète : il n&apos;a pas de mots de récupération. Conservez plutôt une copie de cette clé.</translation>
    </message>
    <message>
        <source>Verify your backup</source>
        <translation>Vérifier votre sauvegarde</translation>
    </message>
    <message>
        <source>This wallet has no recovery words to check.</source>
        <translation>Ce portefeuille n&apos;a pas de mots de récupération à vérifier.</translation>
    </message>
    <message>
        <source>Your backup was checked.</source>
        <translation>Votre sauvegarde a été vérifiée.</translation>
    </message>
    <message>
        <source>Show your other accounts</source>
        <translation>Afficher vos autres comptes</translation>
    </message>
    <message>
        <source>The wallet opens once to find its Algorand and Bitcoin addresses.
Wallet password:</source>
        <translation>Le portefeuille s&apos;ouvre une fois pour retrouver ses adresses Algorand et Bitcoin.
Mot de passe du portefeuille :</translation>
    </message>
    <message>
        <source>Finding your accounts…</source>
        <translation>Recherche de vos comptes…</translation>
    </message>
    <message>
        <source>No other accounts: %1</source>
        <translation>Aucun autre compte : %1</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Each index is a separate account of the same recovery words.</source>
        <translation>Chaque index correspond à un compte distinct issu des mêmes mots de récupération.</translation>
    </message>
    <message>
        <source>&amp;Chain:</source>
        <translation>&amp;Chaîne :</translation>
    </message>
    <message>
        <source>Account &amp;index:</source>
        <translation>&amp;Index du compte :</translation>
    </message>
    <message>
        <source>Adding the account…</source>
        <translation>Ajout du compte…</translation>
    </message>
    <message>
        <source>Account added.</source>
        <translation>Compte ajouté.</translation>
    </message>
    <message>
        <source>The account was not added: %1</source>
        <translation>Le compte n&apos;a pas été ajouté : %1</translation>
    </message>
    <message>
        <source>Watch an address</source>
        <translation>Suivre une adresse</translation>
    </message>
    <message>
        <source>An address to follow (Stellar G…, Algorand, Bitcoin tb1…). The wallet holds no key for it and cannot spend from it.</source>
        <translation>Une adresse à suivre (Stellar G…, Algorand, Bitcoin tb1…). Le portefeuille ne détient aucune clé pour elle et ne peut pas dépenser depuis celle-ci.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Stellar, Algorand or Bitcoin address.</source>
        <translation>« %1 » n&apos;est pas une adresse Stellar, Algorand ou Bitcoin.</translation>
    </message>
    <message>
        <source>Loc&amp;k now</source>
        <translation>Verr&amp;ouiller maintenant</translation>
    </message>
    <message>
        <source>Forget the wallet&apos;s password now: the next signature, sign-in or file unlock asks for it again (Ctrl+Shift+L).</source>
        <translation>Oublier maintenant le mot de passe du portefeuille : la prochaine signature, connexion ou ouverture de fichier le redemandera (Ctrl+Shift+L).</translation>
    </message>
    <message>
        <source>Type the wallet password once: sending, signing and the recovery words then use it until the wallet locks.</source>
        <translation>Saisissez une fois le mot de passe du portefeuille : l&apos;envoi, la signature et les mots de récupération l&apos;utilisent ensuite jusqu&apos;au verrouillage du portefeuille.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Locked.&lt;/b&gt; Your accounts and balances stay visible; sending, signing and the recovery words ask for your password once.</source>
        <translation>&lt;b&gt;Verrouillé.&lt;/b&gt; Vos comptes et soldes restent visibles ; l&apos;envoi, la signature et les mots de récupération demandent une fois votre mot de passe.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unlocked.&lt;/b&gt; Locks in %1 without keyboard or mouse input, when the computer sleeps or with Lock now.</source>
        <translation>&lt;b&gt;Déverrouillé.&lt;/b&gt; Se verrouille après %1 sans activité du clavier ni de la souris, quand l&apos;ordinateur se met en veille ou avec Verrouiller maintenant.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unlocked&lt;/b&gt; until you lock it, the screen locks or the computer sleeps.</source>
        <translation>&lt;b&gt;Déverrouillé&lt;/b&gt; jusqu&apos;à ce que vous le verrouilliez, que l&apos;écran se verrouille ou que l&apos;ordinateur se mette en veille.</translation>
    </message>
    <message>
        <source>Add Starknet account #%1 again (&quot;Add an account&quot;) so the wallet knows the public key its deployment needs.</source>
        <translation>Ajoutez de nouveau le compte Starknet #%1 (« Ajouter un compte ») pour que le portefeuille connaisse la clé publique nécessaire à son déploiement.</translation>
    </message>
    <message>
        <source>Set &amp;up a wallet…</source>
        <translation>Confi&amp;gurer un portefeuille…</translation>
    </message>
    <message>
        <source>Re&amp;ceive…</source>
        <translation>&amp;Recevoir…</translation>
    </message>
    <message>
        <source>Se&amp;nd…</source>
        <translation>En&amp;voyer…</translation>
    </message>
    <message>
        <source>Fauce&amp;t</source>
        <translation>Fauce&amp;t</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>Securit&amp;y</source>
        <translation>Sé&amp;curité</translation>
    </message>
    <message>
        <source>A wallet pays for SLAs in XLM, ALGO, BTC or STRK and signs you in to the platform. Create one now, or restore one from your recovery words; the first payment for an SLA offers the same.</source>
        <translation>Un portefeuille paie les SLA en XLM, ALGO, BTC ou STRK et vous connecte à la plateforme. Créez-en un maintenant ou restaurez-en un à partir de vos mots de récupération ; le premier paiement d&apos;un SLA vous le propose aussi.</translation>
    </message>
    <message>
        <source>No payments yet: use Faucet on the development network, or Receive to show your address to whoever pays you.</source>
        <translation>Aucun paiement pour l&apos;instant : utilisez Faucet sur le réseau de développement, ou Recevoir pour montrer votre adresse à qui vous paie.</translation>
    </message>
</context>
<context>
    <name>fb::ui::WalletSetupDialog</name>
    <message>
        <source>Set up your wallet</source>
        <translation>Configurer votre portefeuille</translation>
    </message>
    <message>
        <source>Your wallet</source>
        <translation>Votre portefeuille</translation>
    </message>
    <message>
        <source>Flashback pays providers from a wallet that lives only on this computer. Its keys come from a recovery phrase: whoever has the phrase has the money.</source>
        <translation>Flashback paie les fournisseurs depuis un portefeuille qui n’existe que sur cet ordinateur. Ses clés proviennent d’une phrase de récupération : quiconque possède la phrase possède l’argent.</translation>
    </message>
    <message>
        <source>&amp;Create a new wallet</source>
        <translation>&amp;Créer un nouveau portefeuille</translation>
    </message>
    <message>
        <source>Create a new wallet</source>
        <translation>Créer un nouveau portefeuille</translation>
    </message>
    <message>
        <source>&amp;Restore a wallet from its recovery phrase</source>
        <translation>&amp;Restaurer un portefeuille à partir de sa phrase de récupération</translation>
    </message>
    <message>
        <source>Restore a wallet</source>
        <translation>Restaurer un portefeuille</translation>
    </message>
    <message>
        <source>Write down your recovery phrase</source>
        <translation>Notez votre phrase de récupération</translation>
    </message>
    <message>
        <source>Write these 24 words on paper, in order, and keep it somewhere safe and offline. They are shown only now. Anyone who sees them can take your funds; without them a lost computer means lost funds.</source>
        <translation>Écrivez ces 24 mots sur papier, dans l’ordre, et conservez-le en lieu sûr, hors ligne. Ils ne sont affichés que maintenant. Quiconque les voit peut prendre vos fonds ; sans eux, un ordinateur perdu signifie des fonds perdus.</translation>
    </message>
    <message>
        <source>I have &amp;written the 24 words down</source>
        <translation>J’ai &amp;noté les 24 mots</translation>
    </message>
    <message>
        <source>Check your copy</source>
        <translation>Vérifiez votre copie</translation>
    </message>
    <message>
        <source>Type the words at these positions from your paper copy.</source>
        <translation>Saisissez les mots à ces positions à partir de votre copie papier.</translation>
    </message>
    <message>
        <source>Restore from your recovery phrase</source>
        <translation>Restaurer à partir de votre phrase de récupération</translation>
    </message>
    <message>
        <source>Type the 12 or 24 words of your BIP39 recovery phrase, separated by spaces.</source>
        <translation>Saisissez les 12 ou 24 mots de votre phrase de récupération BIP39, séparés par des espaces.</translation>
    </message>
    <message>
        <source>Recovery phrase</source>
        <translation>Phrase de récupération</translation>
    </message>
    <message>
        <source>Only if your phrase was made with one</source>
        <translation>Uniquement si votre phrase a été créée avec une phrase secrète</translation>
    </message>
    <message>
        <source>Optional &amp;passphrase:</source>
        <translation>&amp;Phrase secrète facultative :</translation>
    </message>
    <message>
        <source>Choose a password</source>
        <translation>Choisissez un mot de passe</translation>
    </message>
    <message>
        <source>At least 8 characters; a few unrelated words make a strong password.</source>
        <translation>Au moins 8 caractères ; quelques mots sans rapport entre eux font un mot de passe robuste.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-le :</translation>
    </message>
    <message>
        <source>Word &amp;%1:</source>
        <translation>Mot &amp;%1 :</translation>
    </message>
    <message>
        <source>The phrase is valid.</source>
        <translation>La phrase est valide.</translation>
    </message>
    <message>
        <source>Word %1 does not match. Look at your paper copy again; go back to see the words if you need to.</source>
        <translation>Le mot %1 ne correspond pas. Relisez votre copie papier ; revenez en arrière pour revoir les mots si nécessaire.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation>Utilisez au moins 8 caractères.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>The wallet could not be saved: %1</source>
        <translation>Le portefeuille n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>The password encrypts the wallet on this computer. Typed once, it keeps the wallet unlocked until you are away for a while (Settings › Wallet security). It cannot be recovered; your recovery phrase can always restore the wallet.</source>
        <translation>Le mot de passe chiffre le portefeuille sur cet ordinateur. Saisi une fois, il garde le portefeuille déverrouillé jusqu’à ce que vous vous absentiez un moment (Paramètres › Sécurité du portefeuille). Il ne peut pas être récupéré ; votre phrase de récupération permet toujours de restaurer le portefeuille.</translation>
    </message>
</context>
<context>
    <name>fb::ui::WelcomeDialog</name>
    <message>
        <source>&amp;Don&apos;t show this again at start</source>
        <translation>&amp;Ne plus afficher au démarrage</translation>
    </message>
    <message>
        <source>Welcome to Flashback</source>
        <translation>Bienvenue dans Flashback</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Flashback&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans Flashback&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Flashback is a marketplace for storage: buy space from clouds and decentralised networks under an agreement that states price, duration and quality, keep your files encrypted across several providers, and pay from the wallet built into the app.</source>
        <translation>Flashback est une place de marché du stockage : achetez de l&apos;espace à des clouds et à des réseaux décentralisés dans le cadre d&apos;un contrat qui fixe le prix, la durée et la qualité, conservez vos fichiers chiffrés chez plusieurs fournisseurs, et payez depuis le portefeuille intégré à l&apos;application.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is a development network.&lt;/b&gt; Its money is play money: tokens and card payments here have no value, and nothing you do costs real funds.</source>
        <translation>&lt;b&gt;Ceci est un réseau de développement.&lt;/b&gt; Son argent est fictif : les jetons et paiements par carte n&apos;ont ici aucune valeur, et rien de ce que vous faites ne coûte d&apos;argent réel.</translation>
    </message>
    <message>
        <source>Choose how you start; you can switch at any time:</source>
        <translation>Choisissez comment commencer ; vous pouvez changer à tout moment :</translation>
    </message>
    <message>
        <source>Consumer: buy storage</source>
        <translation>Client : acheter du stockage</translation>
    </message>
    <message>
        <source>Compare offers in the Marketplace, agree an SLA and keep your files.</source>
        <translation>Comparez les offres sur la place de marché, convenez d&apos;un SLA et conservez vos fichiers.</translation>
    </message>
    <message>
        <source>Provider: sell storage</source>
        <translation>Fournisseur : vendre du stockage</translation>
    </message>
    <message>
        <source>Register your storage, publish offers and accept agreements.</source>
        <translation>Inscrivez votre stockage, publiez des offres et acceptez des contrats.</translation>
    </message>
    <message>
        <source>Offline signer: sign transactions</source>
        <translation>Signataire hors ligne : signer des transactions</translation>
    </message>
    <message>
        <source>Review and sign transactions with keys kept away from the network.</source>
        <translation>Vérifiez et signez des transactions avec des clés tenues à l&apos;écart du réseau.</translation>
    </message>
    <message>
        <source>Help &gt; Welcome shows this again</source>
        <translation>Aide &gt; Bienvenue affiche de nouveau cet écran</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
</context>
<context>
    <name>fb::wallet::Review</name>
    <message>
        <source>ours: %1</source>
        <translation>à nous : %1</translation>
    </message>
    <message>
        <source>from: %1</source>
        <translation>depuis : %1</translation>
    </message>
    <message>
        <source>ours: no</source>
        <translation>à nous : non</translation>
    </message>
    <message>
        <source>closes the account: the whole remaining balance goes to %1</source>
        <translation>ferme le compte : tout le solde restant va à %1</translation>
    </message>
    <message>
        <source>%1 base units of ASA %2</source>
        <translation>%1 unités de base de l’ASA %2</translation>
    </message>
    <message>
        <source>opt-in: lets this account hold the asset</source>
        <translation>acceptation : ce compte pourra détenir l’actif</translation>
    </message>
    <message>
        <source>clawback from %1</source>
        <translation>reprise (clawback) depuis %1</translation>
    </message>
    <message>
        <source>closes the asset holding: all remaining units go to %1</source>
        <translation>ferme la détention de l’actif : toutes les unités restantes vont à %1</translation>
    </message>
    <message>
        <source>The fee of %1 is unusually high.</source>
        <translation>Les frais de %1 sont anormalement élevés.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>note : %1</translation>
    </message>
    <message>
        <source> (text: &quot;%1&quot;)</source>
        <translation> (texte : « %1 »)</translation>
    </message>
    <message>
        <source>rounds %1..%2</source>
        <translation>rondes %1..%2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>Not valid before %1 (in %2).</source>
        <translation>Pas valable avant le %1 (dans %2).</translation>
    </message>
    <message>
        <source>No expiry: the transaction has no upper time bound.</source>
        <translation>Sans échéance : la transaction n’a pas de limite de temps.</translation>
    </message>
    <message>
        <source>Expired at %1 (%2 ago): the network will refuse it.</source>
        <translation>Expirée le %1 (il y a %2) : le réseau la refusera.</translation>
    </message>
    <message>
        <source>Expires at %1, in %2 s.</source>
        <translation>Expire le %1, dans %2 s.</translation>
    </message>
    <message>
        <source>Valid until %1 (%2 from now).</source>
        <translation>Valable jusqu’au %1 (encore %2).</translation>
    </message>
    <message>
        <source>Valid from round %1 to round %2. This cannot be checked offline: the file does not record the network&apos;s round.</source>
        <translation>Valable de la ronde %1 à la ronde %2. Impossible à vérifier hors ligne : le fichier n’indique pas la ronde du réseau.</translation>
    </message>
    <message>
        <source>round %1 now (estimated from round %2 at %3)</source>
        <translation>ronde %1 maintenant (estimée d’après la ronde %2 le %3)</translation>
    </message>
    <message>
        <source>round %1 when it was made</source>
        <translation>ronde %1 à sa création</translation>
    </message>
    <message>
        <source>Expired: valid up to round %1, the network was at %2.</source>
        <translation>Expirée : valable jusqu’à la ronde %1, le réseau en était à la %2.</translation>
    </message>
    <message>
        <source>Not valid yet: valid from round %1 to %2, the network was at %3.</source>
        <translation>Pas encore valable : valable de la ronde %1 à %2, le réseau en était à la %3.</translation>
    </message>
    <message>
        <source>Valid to round %1, about %2 from now; the network was at %3.</source>
        <translation>Valable jusqu’à la ronde %1, encore environ %2 ; le réseau en était à la %3.</translation>
    </message>
    <message>
        <source>No expiry; lock time %1 (not minable before).</source>
        <translation>Sans échéance ; verrou temporel %1 (pas minable avant).</translation>
    </message>
    <message>
        <source>No expiry: Bitcoin transactions stay valid until their inputs are spent.</source>
        <translation>Sans échéance : une transaction Bitcoin reste valable tant que ses entrées ne sont pas dépensées.</translation>
    </message>
    <message>
        <source>No expiry: a Starknet transaction stays valid until the account uses nonce %1.</source>
        <translation>Sans échéance : une transaction Starknet reste valable tant que le compte n’a pas utilisé le numéro d’ordre (nonce) %1.</translation>
    </message>
    <message>
        <source>amount not proven by the previous transaction</source>
        <translation>montant non prouvé par la transaction précédente</translation>
    </message>
    <message>
        <source>amount unknown</source>
        <translation>montant inconnu</translation>
    </message>
    <message>
        <source>already finalised</source>
        <translation>déjà finalisée</translation>
    </message>
    <message>
        <source>sighash type %1</source>
        <translation>type de sighash %1</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>paiement (payment)</translation>
    </message>
    <message>
        <source>create_account</source>
        <translation>création de compte (create_account)</translation>
    </message>
    <message>
        <source>change_trust</source>
        <translation>ligne de confiance (change_trust)</translation>
    </message>
    <message>
        <source>manage_data</source>
        <translation>données du compte (manage_data)</translation>
    </message>
    <message>
        <source>invoke_host_function</source>
        <translation>appel de contrat (invoke_host_function)</translation>
    </message>
    <message>
        <source>asset_opt_in</source>
        <translation>acceptation d’actif (asset_opt_in)</translation>
    </message>
    <message>
        <source>asset_transfer</source>
        <translation>transfert d’actif (asset_transfer)</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrée (input)</translation>
    </message>
    <message>
        <source>output</source>
        <translation>sortie (output)</translation>
    </message>
    <message>
        <source>change</source>
        <translation>monnaie rendue (change)</translation>
    </message>
    <message>
        <source>memo</source>
        <translation>mémo (memo)</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>virement (transfer)</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>autorisation (approve)</translation>
    </message>
    <message>
        <source>call</source>
        <translation>appel (call)</translation>
    </message>
    <message>
        <source>fee_bounds</source>
        <translation>plafonds de frais (fee_bounds)</translation>
    </message>
    <message>
        <source>nonce %1</source>
        <translation>numéro d’ordre (nonce) %1</translation>
    </message>
    <message>
        <source>token %1</source>
        <translation>jeton %1</translation>
    </message>
    <message>
        <source>%1 base units</source>
        <translation>%1 unités de base</translation>
    </message>
    <message>
        <source>token contract %1</source>
        <translation>contrat du jeton %1</translation>
    </message>
    <message>
        <source>entry point %1</source>
        <translation>point d’entrée %1</translation>
    </message>
    <message>
        <source>arguments [%1]</source>
        <translation>arguments [%1]</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>au plus %1</translation>
    </message>
    <message>
        <source>%1: at most %2 units at %3 fri</source>
        <translation>%1 : au plus %2 unités à %3 fri</translation>
    </message>
    <message>
        <source>tip: %1 fri per L2 gas unit</source>
        <translation>pourboire : %1 fri par unité de gaz L2</translation>
    </message>
    <message>
        <source>text: %1</source>
        <translation>texte : %1</translation>
    </message>
    <message>
        <source>id: %1</source>
        <translation>identifiant : %1</translation>
    </message>
    <message>
        <source>hash: %1</source>
        <translation>empreinte : %1</translation>
    </message>
    <message>
        <source>return: %1</source>
        <translation>retour : %1</translation>
    </message>
    <message>
        <source>source account: %1</source>
        <translation>compte source : %1</translation>
    </message>
    <message>
        <source>creates and funds a new account</source>
        <translation>crée et approvisionne un nouveau compte</translation>
    </message>
    <message>
        <source>muxed id: %1</source>
        <translation>identifiant multiplexé : %1</translation>
    </message>
    <message>
        <source>removes the trust line</source>
        <translation>supprime la ligne de confiance</translation>
    </message>
    <message>
        <source>trust limit %1</source>
        <translation>limite de confiance %1</translation>
    </message>
    <message>
        <source>name: %1</source>
        <translation>nom : %1</translation>
    </message>
    <message>
        <source>value (hex): %1</source>
        <translation>valeur (hex) : %1</translation>
    </message>
    <message>
        <source>deletes the entry</source>
        <translation>supprime l’entrée</translation>
    </message>
    <message>
        <source>calls: %1</source>
        <translation>appelle : %1</translation>
    </message>
    <message>
        <source>The fee (%1) is unusually high.</source>
        <translation>Les frais (%1) sont anormalement élevés.</translation>
    </message>
    <message>
        <source>sequence %1</source>
        <translation>numéro de séquence %1</translation>
    </message>
    <message>
        <source>not before %1</source>
        <translation>pas avant le %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>sans échéance</translation>
    </message>
    <message>
        <source>ledgers %1..%2</source>
        <translation>registres %1..%2</translation>
    </message>
    <message>
        <source> (about %1 sat/vB)</source>
        <translation> (environ %1 sat/vo)</translation>
    </message>
</context>
<context>
    <name>fb::web::DocumentPage</name>
    <message>
        <source>Leave the document?</source>
        <translation>Quitter le document ?</translation>
    </message>
    <message>
        <source>This link leads away from %1 to %2. Open it?</source>
        <translation>Ce lien quitte %1 pour mener à %2. L’ouvrir ?</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>le document</translation>
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
        <translation>La base de données locale ne peut pas être ouverte :
%1

Vérifiez que %2 est accessible en écriture, ou démarrez avec --data-dir pointant ailleurs.</translation>
    </message>
    <message>
        <source>The document viewer is not installed (%1). Open &lt;a href=&quot;%2&quot;&gt;the document&lt;/a&gt; in your browser instead.</source>
        <translation>La visionneuse de documents n&apos;est pas installée (%1). Ouvrez plutôt &lt;a href=&quot;%2&quot;&gt;le document&lt;/a&gt; dans votre navigateur.</translation>
    </message>
    <message>
        <source>Start as the air-gapped offline signer: the wallet and the transaction signer only; no node, no network.</source>
        <translation>Démarrer en signataire hors ligne isolé : uniquement le portefeuille et le signataire de transactions ; sans nœud ni réseau.</translation>
    </message>
    <message>
        <source>Window size WxH (e.g. 1024x640), for --screenshot or a window of that size.</source>
        <translation>Taille de fenêtre LxH (p. ex. 1024x640), pour --screenshot ou une fenêtre de cette taille.</translation>
    </message>
    <message>
        <source>User interface language (en, fr, de) for this run.</source>
        <translation>Langue de l&apos;interface (en, fr, de) pour cette exécution.</translation>
    </message>
</context>
<context>
    <name>modeswitch</name>
    <message>
        <source>Restart as offline signer?</source>
        <translation>Redémarrer en signataire hors ligne ?</translation>
    </message>
    <message>
        <source>Restart online?</source>
        <translation>Redémarrer en ligne ?</translation>
    </message>
    <message>
        <source>Flashback restarts with only the wallet and the transaction signer. It starts no node and opens no network connection; transfers and sync stop until you restart online.</source>
        <translation>Flashback redémarre avec uniquement le portefeuille et le signataire de transactions. Il ne démarre aucun nœud et n&apos;ouvre aucune connexion réseau ; les transferts et la synchronisation s&apos;arrêtent jusqu&apos;au redémarrage en ligne.</translation>
    </message>
    <message>
        <source>Flashback restarts with the marketplace, sync and transfers, and connects to the platform node again.</source>
        <translation>Flashback redémarre avec la place de marché, la synchronisation et les transferts, et se reconnecte au nœud de la plateforme.</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
</context>
</TS>
