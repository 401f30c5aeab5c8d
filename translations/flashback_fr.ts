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
        <source>Deal</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
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
        <source>Your balance (%1) does not cover the payments (%2). Add funds, then press Pay again.</source>
        <translation>Votre solde (%1) ne couvre pas les paiements (%2). Ajoutez des fonds, puis appuyez de nouveau sur Payer.</translation>
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
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
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
    <name>fb::WalletService</name>
    <message>
        <source>A wallet already exists in %1.</source>
        <translation>Un portefeuille existe déjà dans %1.</translation>
    </message>
    <message>
        <source>The transaction is sent by %1, not by this wallet&apos;s Starknet account %2.</source>
        <translation>La transaction est envoyée par %1, et non par le compte Starknet %2 de ce portefeuille.</translation>
    </message>
</context>
<context>
    <name>fb::sla</name>
    <message>
        <source>offers on the market</source>
        <translation>ont des offres sur le marché</translation>
    </message>
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
        <source>Only %1 provider(s) (%2 offers) %3, but %4 placements on different providers are needed. Relax that requirement or lower the redundancy.</source>
        <translation>Seuls %1 fournisseur(s) (%2 offres) %3, mais %4 placements chez des fournisseurs différents sont nécessaires. Assouplissez cette exigence ou réduisez la redondance.</translation>
    </message>
    <message>
        <source>The eligible offers cover only %1 region(s), but spreading %2 placements across regions needs %2. Allow more regions or turn off region spreading.</source>
        <translation>Les offres éligibles ne couvrent que %1 région(s), mais répartir %2 placements entre les régions en nécessite %2. Autorisez plus de régions ou désactivez la répartition par région.</translation>
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
        <source>measured uptime %1 %</source>
        <translation>disponibilité mesurée %1 %</translation>
    </message>
    <message>
        <source>chosen for its track record</source>
        <translation>choisi pour sa fiabilité passée</translation>
    </message>
    <message>
        <source>%1 placements on %2 providers in %3 region(s), %4 in total</source>
        <translation>%1 placements chez %2 fournisseurs dans %3 région(s), %4 au total</translation>
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
</context>
<context>
    <name>fb::sla::Requirements</name>
    <message>
        <source>Enter how much data you will store.</source>
        <translation>Indiquez la quantité de données que vous allez stocker.</translation>
    </message>
    <message>
        <source>Choose how long the agreement runs.</source>
        <translation>Choisissez la durée du contrat.</translation>
    </message>
    <message>
        <source>Expected downloads cannot be negative.</source>
        <translation>Les téléchargements prévus ne peuvent pas être négatifs.</translation>
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
        <source>At most %L1 bytes can be stored in one agreement.</source>
        <translation>Un contrat ne peut pas stocker plus de %L1 octets.</translation>
    </message>
    <message>
        <source>An agreement runs at most %1 days.</source>
        <translation>Un contrat dure au plus %1 jours.</translation>
    </message>
    <message>
        <source>At most %L1 bytes of downloads can be planned over one agreement.</source>
        <translation>Un contrat ne peut pas prévoir plus de %L1 octets de téléchargements.</translation>
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
        <source>SLA %1 · %2</source>
        <translation>SLA %1 · %2</translation>
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
        <source>%1 in SLA %2</source>
        <translation>%1 dans le SLA %2</translation>
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
        <source>Enter your wallet password. Your files are encrypted with keys derived from your wallet; they stay unlocked until you quit.</source>
        <translation>Saisissez le mot de passe de votre portefeuille. Vos fichiers sont chiffrés avec des clés dérivées de votre portefeuille ; ils restent déverrouillés jusqu’à ce que vous quittiez l’application.</translation>
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
        <translation>À &amp;propos de Flashback</translation>
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
        <translation>&amp;Fournisseur…</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparer</translation>
    </message>
    <message>
        <source>Create &amp;SLA…</source>
        <translation>Créer un &amp;SLA…</translation>
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
        <source>C&amp;ountry</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>Minimum &amp;tier</source>
        <translation>&amp;Niveau minimal</translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation>P&amp;rotocole</translation>
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
        <source>The provider&apos;s Stellar account</source>
        <translation>Le compte Stellar du fournisseur</translation>
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
        <source>Not registered as a provider</source>
        <translation>Non enregistré comme fournisseur</translation>
    </message>
    <message>
        <source>Providers register their business, get certified and publish offers that consumers find in the Marketplace. Switch the role to Provider in the sidebar to start.</source>
        <translation>Les fournisseurs enregistrent leur entreprise, se font certifier et publient des offres que les clients trouvent dans la Place de marché. Passez au rôle Fournisseur dans la barre latérale pour commencer.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
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
        <translation>T&amp;hème :</translation>
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
        <source>Open &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
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
        <source>&amp;Local network (runs on this computer)</source>
        <translation>Réseau &amp;local (s’exécute sur cet ordinateur)</translation>
    </message>
    <message>
        <source>&amp;Another node</source>
        <translation>Un &amp;autre nœud</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate</source>
        <translation>&amp;Faire confiance à ce certificat</translation>
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
        <translation>&amp;Prix en :</translation>
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
</context>
<context>
    <name>fb::ui::SlaWizard</name>
    <message>
        <source>%1 TB</source>
        <translation>%1 To</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
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
        <source> days</source>
        <translation> jours</translation>
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
        <source>Card payments go through the platform&apos;s checkout page, in US dollars.</source>
        <translation>Les paiements par carte passent par la page de paiement de la plateforme, en dollars américains.</translation>
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
        <source>The cheapest set that meets every requirement, never two copies with one provider. Pick an alternative if you prefer.</source>
        <translation>L’ensemble le moins cher qui satisfait toutes les exigences, sans jamais deux copies chez un même fournisseur. Choisissez une alternative si vous préférez.</translation>
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
        <source>&lt;br&gt;About &lt;b&gt;%1&lt;/b&gt; at the node&apos;s rate of %2 per XLM; the exact amount is fixed when you pay.</source>
        <translation>&lt;br&gt;Environ &lt;b&gt;%1&lt;/b&gt; au taux du nœud de %2 par XLM ; le montant exact est fixé au moment du paiement.</translation>
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
        <translation>&amp;Configurer un portefeuille…</translation>
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
        <translation>&amp;Arrêter</translation>
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
        <source>Paying from %1</source>
        <translation>Paiement depuis %1</translation>
    </message>
    <message>
        <source>Paying from %1 (balance unknown: %2)</source>
        <translation>Paiement depuis %1 (solde inconnu : %2)</translation>
    </message>
    <message>
        <source>Paying from %1
Balance on the %2: %3</source>
        <translation>Paiement depuis %1
Solde (%2) : %3</translation>
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
        <translation>Le mot de passe de votre portefeuille vous connecte à %1 :</translation>
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
        <source>Start a new agreement with the same providers.</source>
        <translation>Démarrer un nouveau contrat avec les mêmes fournisseurs.</translation>
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
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: created %2</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; : créé le %2</translation>
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
        <source>Measured latency (ms) against the target</source>
        <translation>Latence mesurée (ms) par rapport à l’objectif</translation>
    </message>
    <message>
        <source>No QoS samples yet: the platform probes each provider on a schedule.</source>
        <translation>Pas encore d’échantillons QoS : la plateforme sonde chaque fournisseur selon un calendrier.</translation>
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
        <source>no QoS samples yet</source>
        <translation>pas encore d’échantillons QoS</translation>
    </message>
    <message>
        <source>measured compliance %1 %</source>
        <translation>conformité mesurée %1 %</translation>
    </message>
    <message>
        <source>Open a dispute</source>
        <translation>Ouvrir un litige</translation>
    </message>
    <message>
        <source>What went wrong? The platform attaches the QoS evidence (%1) and an arbiter decides: refund, slash the provider, or dismiss.</source>
        <translation>Quel est le problème ? La plateforme joint les preuves QoS (%1) et un arbitre décide : remboursement, pénalité pour le fournisseur ou rejet.</translation>
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
        <source>A wallet pays for SLAs in XLM, ALGO or BTC and signs you in to the platform. You will create one, or restore one from your recovery words, when you first pay for an SLA.</source>
        <translation>Un portefeuille paie les SLA en XLM, ALGO ou BTC et vous connecte à la plateforme. Vous en créerez un, ou en restaurerez un à partir de vos mots de récupération, lors de votre premier paiement d’un SLA.</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Portefeuille</translation>
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
        <source>The password encrypts the wallet on this computer and is asked before every payment. It cannot be recovered; your recovery phrase can always restore the wallet.</source>
        <translation>Le mot de passe chiffre le portefeuille sur cet ordinateur et est demandé avant chaque paiement. Il ne peut pas être récupéré ; votre phrase de récupération permet toujours de restaurer le portefeuille.</translation>
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
</context>
</TS>
