<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AppServices</name>
    <message>
        <source>The local network stopped: %1</source>
        <translation>Das lokale Netzwerk wurde beendet: %1</translation>
    </message>
    <message>
        <source>Starting the local network…</source>
        <translation>Lokales Netzwerk wird gestartet…</translation>
    </message>
    <message>
        <source>The local network did not start: %1</source>
        <translation>Das lokale Netzwerk ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Offline signer — no network</source>
        <translation>Offline-Signierer — kein Netzwerk</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
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
        <translation>Silber</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>Platin</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <source>%1 PB</source>
        <translation>%1 PB</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is not an amount: write digits with at most %n decimals, e.g. %2.</source>
        <translation>
            <numerusform>„%1“ ist kein Betrag: Geben Sie Ziffern mit höchstens %n Dezimalstelle ein, z. B. %2.</numerusform>
            <numerusform>„%1“ ist kein Betrag: Geben Sie Ziffern mit höchstens %n Dezimalstellen ein, z. B. %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The server sent malformed JSON (%1 at byte %2).</source>
        <translation>Der Server hat fehlerhaftes JSON gesendet (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not a JSON object.</source>
        <translation>Die Antwort des Servers ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The changes feed is out of order or malformed at seq %1.</source>
        <translation>Der Änderungs-Feed ist bei seq %1 ungeordnet oder fehlerhaft.</translation>
    </message>
    <message>
        <source>The changes feed&apos;s cursor is inconsistent.</source>
        <translation>Der Cursor des Änderungs-Feeds ist inkonsistent.</translation>
    </message>
    <message>
        <source>&quot;items&quot; is not an array.</source>
        <translation>&quot;items&quot; ist kein Array.</translation>
    </message>
    <message>
        <source>An offer is not an object.</source>
        <translation>Ein Angebot ist kein Objekt.</translation>
    </message>
    <message>
        <source>&quot;series&quot; is not an array.</source>
        <translation>&quot;series&quot; ist kein Array.</translation>
    </message>
    <message>
        <source>Change %1 (%2 %3) is malformed: %4</source>
        <translation>Änderung %1 (%2 %3) ist fehlerhaft: %4</translation>
    </message>
    <message>
        <source>The cache&apos;s database driver is not SQLite.</source>
        <translation>Der Datenbanktreiber des Caches ist nicht SQLite.</translation>
    </message>
    <message>
        <source>The changes feed&apos;s cursor headers are malformed.</source>
        <translation>Die Cursor-Header des Änderungsfeeds sind fehlerhaft.</translation>
    </message>
    <message>
        <source>The changes feed&apos;s cursor headers disagree with its page.</source>
        <translation>Die Cursor-Header des Änderungsfeeds widersprechen seiner Seite.</translation>
    </message>
</context>
<context>
    <name>QWebEnginePage</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
</context>
<context>
    <name>SignElsewhere</name>
    <message>
        <source>%1 carries no valid signature of your Stellar account: sign it on the other device with this wallet, then import it again.</source>
        <translation>%1 trägt keine gültige Signatur Ihres Stellar-Kontos: Signieren Sie sie auf dem anderen Gerät mit diesem Wallet und importieren Sie sie dann erneut.</translation>
    </message>
    <message>
        <source>%1 carries no valid signature of your Algorand account: sign it on the other device with this wallet, then import it again.</source>
        <translation>%1 trägt keine gültige Signatur Ihres Algorand-Kontos: Signieren Sie sie auf dem anderen Gerät mit diesem Wallet und importieren Sie sie dann erneut.</translation>
    </message>
    <message>
        <source>%1 is not fully signed (the signer finalises a Bitcoin payment once every input is signed): sign it on the other device with this wallet, then import it again.</source>
        <translation>%1 ist nicht vollständig signiert (der Signierer schließt eine Bitcoin-Zahlung ab, sobald jeder Input signiert ist): Signieren Sie sie auf dem anderen Gerät mit diesem Wallet und importieren Sie sie dann erneut.</translation>
    </message>
    <message>
        <source>%1 carries no valid signature of your Starknet account: sign it on the other device with this wallet, then import it again.</source>
        <translation>%1 trägt keine gültige Signatur Ihres Starknet-Kontos: Signieren Sie sie auf dem anderen Gerät mit diesem Wallet und importieren Sie sie dann erneut.</translation>
    </message>
    <message>
        <source>%1 is of a chain this app cannot submit.</source>
        <translation>%1 gehört zu einer Chain, die diese App nicht einreichen kann.</translation>
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
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Downloads included</source>
        <translation>Inklusive Downloads</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Laufzeit</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>one provider keeps it</source>
        <translation>ein Anbieter bewahrt es auf</translation>
    </message>
    <message numerus="yes">
        <source>a full copy with each of %n provider(s)</source>
        <translation>
            <numerusform>eine vollständige Kopie bei %n Anbieter</numerusform>
            <numerusform>eine vollständige Kopie bei jedem der %n Anbieter</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shards, any %2 rebuild it</source>
        <translation>%1 Fragmente, beliebige %2 stellen es wieder her</translation>
    </message>
    <message>
        <source>Redundancy</source>
        <translation>Redundanz</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Price of the agreement</source>
        <translation>Preis der Vereinbarung</translation>
    </message>
    <message>
        <source>This payment</source>
        <translation>Diese Zahlung</translation>
    </message>
    <message>
        <source>%1, payment %2 of %3, deal %4</source>
        <translation>%1, Zahlung %2 von %3, Teilvertrag %4</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>Network round then</source>
        <translation>Damalige Netzwerkrunde</translation>
    </message>
    <message>
        <source>The storage agreement this payment funds (as the exporter states it):</source>
        <translation>Die Speichervereinbarung, die diese Zahlung finanziert (laut Exporteur):</translation>
    </message>
</context>
<context>
    <name>fb</name>
    <message>
        <source>Not connected to a platform node; check Settings.</source>
        <translation>Nicht mit einem Plattformknoten verbunden; prüfen Sie die Einstellungen.</translation>
    </message>
</context>
<context>
    <name>fb::AccountService</name>
    <message>
        <source>Set up a wallet first: it is your account on the platform.</source>
        <translation>Richten Sie zuerst eine Wallet ein: Sie ist Ihr Konto auf der Plattform.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <source>Not connected to a platform node.</source>
        <translation>Nicht mit einem Plattformknoten verbunden.</translation>
    </message>
    <message>
        <source>Your account could not be read</source>
        <translation>Ihr Konto konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The faucet refused</source>
        <translation>Das Faucet hat abgelehnt</translation>
    </message>
    <message>
        <source>No new Bitcoin blocks</source>
        <translation>Keine neuen Bitcoin-Blöcke</translation>
    </message>
    <message>
        <source>no height</source>
        <translation>keine Blockhöhe</translation>
    </message>
    <message>
        <source>The platform&apos;s network</source>
        <translation>Das Netzwerk der Plattform</translation>
    </message>
    <message>
        <source>The payment was not sent</source>
        <translation>Die Zahlung wurde nicht gesendet</translation>
    </message>
    <message>
        <source>The account&apos;s history</source>
        <translation>Der Verlauf des Kontos</translation>
    </message>
    <message>
        <source>The Bitcoin fee estimate</source>
        <translation>Die Bitcoin-Gebührenschätzung</translation>
    </message>
</context>
<context>
    <name>fb::ApiClient</name>
    <message>
        <source>No platform URL is configured.</source>
        <translation>Es ist keine Plattform-URL konfiguriert.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the one you trusted (pinned).</source>
        <translation>Das Zertifikat des Servers ist nicht das, dem Sie vertraut haben (gepinnt).</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is larger than %1 bytes; it was refused.</source>
        <translation>Die Antwort des Servers ist größer als %1 Byte; sie wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The secure connection was refused: %1. Check the node address or trust its certificate in Settings.</source>
        <translation>Die sichere Verbindung wurde abgelehnt: %1. Prüfen Sie die Knotenadresse oder vertrauen Sie seinem Zertifikat in den Einstellungen.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not HTTP.</source>
        <translation>Die Antwort des Servers ist kein HTTP.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not valid HTTP: %1</source>
        <translation>Die Antwort des Servers ist kein gültiges HTTP: %1</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>The session ended; sign in again.</source>
        <translation>Die Sitzung wurde beendet; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Not signed in; sign in with your wallet.</source>
        <translation>Nicht angemeldet; melden Sie sich mit Ihrer Wallet an.</translation>
    </message>
    <message>
        <source>The session expired; sign in again.</source>
        <translation>Die Sitzung ist abgelaufen; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server&apos;s token reply is malformed.</source>
        <translation>Die Token-Antwort des Servers ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The wallet did not sign the login message.</source>
        <translation>Die Wallet hat die Anmeldenachricht nicht signiert.</translation>
    </message>
    <message>
        <source>The server did not present a certificate (%1).</source>
        <translation>Der Server hat kein Zertifikat vorgelegt (%1).</translation>
    </message>
    <message>
        <source>The sign-in was abandoned.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>fb::DealService</name>
    <message>
        <source>The platform did not create the agreement</source>
        <translation>Die Plattform hat den Vertrag nicht erstellt</translation>
    </message>
    <message>
        <source>no agreement id or no deals</source>
        <translation>keine Vertrags-ID oder keine Teilverträge</translation>
    </message>
    <message>
        <source>Reading the deal</source>
        <translation>Lesen des Teilvertrags</translation>
    </message>
    <message>
        <source>Reading the agreements</source>
        <translation>Lesen der Verträge</translation>
    </message>
    <message>
        <source>The platform did not cancel the deal</source>
        <translation>Die Plattform hat den Teilvertrag nicht storniert</translation>
    </message>
    <message>
        <source>The platform did not open the dispute</source>
        <translation>Die Plattform hat den Streitfall nicht eröffnet</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n provider(s)</source>
        <translation>
            <numerusform>%1 · %n Anbieter</numerusform>
            <numerusform>%1 · %n Anbieter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n provider(s) · %2</source>
        <translation>
            <numerusform>%1 · %n Anbieter · %2</numerusform>
            <numerusform>%1 · %n Anbieter · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement %1</source>
        <translation>Vereinbarung %1</translation>
    </message>
    <message>
        <source>There is no local cache to keep the name in.</source>
        <translation>Es gibt keinen lokalen Cache, in dem der Name gespeichert werden kann.</translation>
    </message>
    <message>
        <source>A name has at most 120 characters.</source>
        <translation>Ein Name darf höchstens 120 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The name could not be saved: %1</source>
        <translation>Der Name konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>fb::DealsModel</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Finanziert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Breached by provider</source>
        <translation>Vom Anbieter verletzt</translation>
    </message>
    <message>
        <source>Breached by consumer</source>
        <translation>Vom Kunden verletzt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>Zahlung ausstehend</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Nicht bezahlt</translation>
    </message>
    <message>
        <source>Paid in several coins (%1)</source>
        <translation>In mehreren Währungen bezahlt (%1)</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Starts %1</source>
        <translation>Beginnt am %1</translation>
    </message>
</context>
<context>
    <name>fb::LocalNode</name>
    <message>
        <source>flashback-node was not found next to the application; set FB_NODE_PATH or configure a platform URL in Settings.</source>
        <translation>flashback-node wurde neben der Anwendung nicht gefunden; setzen Sie FB_NODE_PATH oder konfigurieren Sie eine Plattform-URL in den Einstellungen.</translation>
    </message>
    <message>
        <source>Cannot start the local node: %1</source>
        <translation>Der lokale Knoten kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The local node stopped (exit code %1).</source>
        <translation>Der lokale Knoten wurde beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <source>The local node did not start: %1</source>
        <translation>Der lokale Knoten ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Local network</source>
        <translation>Lokales Netzwerk</translation>
    </message>
    <message>
        <source>no running Flashback app uses %1 with its local network (%2 is missing)</source>
        <translation>keine laufende Flashback-App verwendet %1 mit ihrem lokalen Netzwerk (%2 fehlt)</translation>
    </message>
    <message>
        <source>%1 is not a node address file</source>
        <translation>%1 ist keine Knotenadressdatei</translation>
    </message>
    <message>
        <source>the local node named in %1 is no longer running; start the app</source>
        <translation>der in %1 genannte lokale Knoten läuft nicht mehr; starten Sie die App</translation>
    </message>
</context>
<context>
    <name>fb::MarketService</name>
    <message>
        <source>The local cache is not open.</source>
        <translation>Der lokale Cache ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Wechselkurse</translation>
    </message>
    <message>
        <source>&quot;items&quot; is not a list</source>
        <translation>&quot;items&quot; ist keine Liste</translation>
    </message>
    <message>
        <source>a rate without currency or value</source>
        <translation>ein Kurs ohne Währung oder Wert</translation>
    </message>
    <message>
        <source>Node information</source>
        <translation>Knoteninformationen</translation>
    </message>
    <message>
        <source>&quot;feeBps&quot; is missing or out of range</source>
        <translation>&quot;feeBps&quot; fehlt oder liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>Not connected to a platform node.</source>
        <translation>Nicht mit einem Plattformknoten verbunden.</translation>
    </message>
    <message>
        <source>Not connected to a platform node; check Settings.</source>
        <translation>Nicht mit einem Plattformknoten verbunden; prüfen Sie die Einstellungen.</translation>
    </message>
    <message>
        <source>The quote failed</source>
        <translation>Der Kostenvoranschlag ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The quote</source>
        <translation>Der Kostenvoranschlag</translation>
    </message>
</context>
<context>
    <name>fb::NodeProbe</name>
    <message>
        <source>No node was tested yet.</source>
        <translation>Es wurde noch kein Knoten getestet.</translation>
    </message>
</context>
<context>
    <name>fb::OffersModel</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>QoS tier</source>
        <translation>QoS-Stufe</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Storage / GB-month</source>
        <translation>Speicher / GB-Monat</translation>
    </message>
    <message>
        <source>Egress / GB</source>
        <translation>Egress / GB</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Reputation</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
</context>
<context>
    <name>fb::PaymentService</name>
    <message>
        <source>No payment details for a deal</source>
        <translation>Keine Zahlungsdetails für einen Teilvertrag</translation>
    </message>
    <message>
        <source>The platform refused the payment</source>
        <translation>Die Plattform hat die Zahlung abgelehnt</translation>
    </message>
    <message>
        <source>Reading the deal&apos;s payments</source>
        <translation>Lesen der Zahlungen des Teilvertrags</translation>
    </message>
    <message>
        <source>The platform&apos;s checkout is not available</source>
        <translation>Die Bezahlseite der Plattform ist nicht verfügbar</translation>
    </message>
    <message>
        <source>no checkout address</source>
        <translation>keine Adresse der Bezahlseite</translation>
    </message>
</context>
<context>
    <name>fb::PaymentsModel</name>
    <message>
        <source>Deposit</source>
        <translation>Einzahlung</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Slash</source>
        <translation>Kürzung</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Deal %1</source>
        <translation>Teilvertrag %1</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
</context>
<context>
    <name>fb::ProviderDashboardModels</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>All offers</source>
        <translation>Alle Angebote</translation>
    </message>
    <message>
        <source>Held for deals that are pending or accepted but not paid yet; released when they expire.</source>
        <translation>Reserviert für ausstehende oder angenommene, noch nicht bezahlte Teilverträge; wird bei deren Ablauf freigegeben.</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Sold share</source>
        <translation>Verkaufter Anteil</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Slashed</source>
        <translation>Gekürzt</translation>
    </message>
    <message>
        <source>Platform fees</source>
        <translation>Plattformgebühren</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>No evidence attached</source>
        <translation>Keine Nachweise angehängt</translation>
    </message>
    <message>
        <source>No QoS sample since the deal started</source>
        <translation>Keine QoS-Messung seit Beginn des Teilvertrags</translation>
    </message>
    <message>
        <source>Uptime %1 (target %2), %3 samples</source>
        <translation>Verfügbarkeit %1 (Ziel %2), %3 Messungen</translation>
    </message>
    <message>
        <source>The platform attached no evidence to this dispute.</source>
        <translation>Die Plattform hat diesem Streitfall keine Nachweise angehängt.</translation>
    </message>
    <message>
        <source>QoS of the offer since the deal started: %1 of %2 probes succeeded.</source>
        <translation>QoS des Angebots seit Beginn des Teilvertrags: %1 von %2 Prüfungen erfolgreich.</translation>
    </message>
    <message>
        <source>Measured uptime %1 against a target of %2.</source>
        <translation>Gemessene Verfügbarkeit %1 bei einem Ziel von %2.</translation>
    </message>
    <message>
        <source>No latency measured (target %1 ms).</source>
        <translation>Keine Latenz gemessen (Ziel %1 ms).</translation>
    </message>
    <message>
        <source>Mean latency %1 ms against a target of %2 ms.</source>
        <translation>Mittlere Latenz %1 ms bei einem Ziel von %2 ms.</translation>
    </message>
    <message>
        <source>The deal&apos;s own compliance: %1.</source>
        <translation>Eigene Konformität des Teilvertrags: %1.</translation>
    </message>
    <message>
        <source>Over this window the offer met its targets.</source>
        <translation>In diesem Zeitraum hat das Angebot seine Ziele erreicht.</translation>
    </message>
    <message>
        <source>Over this window the offer missed its targets.</source>
        <translation>In diesem Zeitraum hat das Angebot seine Ziele verfehlt.</translation>
    </message>
    <message>
        <source>Of the last %1 probes, %2 failed.</source>
        <translation>Von den letzten %1 Prüfungen sind %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Your response (%1):
%2</source>
        <translation>Ihre Antwort (%1):
%2</translation>
    </message>
    <message>
        <source>Resolved: %1.</source>
        <translation>Gelöst: %1.</translation>
    </message>
    <message>
        <source>Resolved: %1. %2</source>
        <translation>Gelöst: %1. %2</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Gelöst: %1</translation>
    </message>
    <message>
        <source>Open, awaiting your response</source>
        <translation>Offen, wartet auf Ihre Antwort</translation>
    </message>
    <message>
        <source>Open, answered</source>
        <translation>Offen, beantwortet</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Teilvertrag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
</context>
<context>
    <name>fb::ProviderDealsModel</name>
    <message>
        <source>Awaiting your answer</source>
        <translation>Wartet auf Ihre Antwort</translation>
    </message>
    <message>
        <source>Accepted, awaiting payment</source>
        <translation>Angenommen, wartet auf Zahlung</translation>
    </message>
    <message>
        <source>Paid, ready to activate</source>
        <translation>Bezahlt, bereit zur Aktivierung</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Breached (provider)</source>
        <translation>Verletzt (Anbieter)</translation>
    </message>
    <message>
        <source>Breached (consumer)</source>
        <translation>Verletzt (Kunde)</translation>
    </message>
    <message>
        <source>Expired unpaid</source>
        <translation>Unbezahlt abgelaufen</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T. %2 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>The consumer&apos;s account: %1</source>
        <translation>Konto des Kunden: %1</translation>
    </message>
    <message>
        <source>Shard %1 of %2: any %3 shards rebuild the consumer&apos;s data.</source>
        <translation>Fragment %1 von %2: beliebige %3 Fragmente stellen die Daten des Kunden wieder her.</translation>
    </message>
    <message>
        <source>What the consumer pays: storage %1 + egress %2 + platform fee %3.</source>
        <translation>Was der Kunde zahlt: Speicher %1 + ausgehender Datenverkehr %2 + Plattformgebühr %3.</translation>
    </message>
    <message>
        <source>What you earn at full QoS: the price minus the platform fee. Missed QoS targets withhold part of it.</source>
        <translation>Was Sie bei voller QoS verdienen: der Preis abzüglich der Plattformgebühr. Verfehlte QoS-Ziele behalten einen Teil davon ein.</translation>
    </message>
    <message>
        <source>The term ends %1.</source>
        <translation>Die Laufzeit endet am %1.</translation>
    </message>
    <message>
        <source>An unpaid deal expires about an hour after it was created (the node&apos;s default) and gives its capacity back.</source>
        <translation>Ein unbezahlter Teilvertrag läuft etwa eine Stunde nach seiner Erstellung ab (Standard des Knotens) und gibt seine Kapazität frei.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Only copy</source>
        <translation>Einzige Kopie</translation>
    </message>
    <message>
        <source>Shard %1 of %2</source>
        <translation>Fragment %1 von %2</translation>
    </message>
    <message>
        <source>Awaiting payment: time until the deal expires unpaid. Active: time left in the term.</source>
        <translation>Wartet auf Zahlung: Zeit bis zum unbezahlten Ablauf des Teilvertrags. Aktiv: verbleibende Laufzeit.</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Teilvertrag</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Egress</source>
        <translation>Ausgehender Datenverkehr</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>You earn</source>
        <translation>Ihr Verdienst</translation>
    </message>
    <message>
        <source>QoS targets</source>
        <translation>QoS-Ziele</translation>
    </message>
    <message>
        <source>Expires / time left</source>
        <translation>Ablauf / Restzeit</translation>
    </message>
    <message>
        <source>%1 up, %2 ms</source>
        <translation>%1 verfügbar, %2 ms</translation>
    </message>
    <message>
        <source>Redundancy role: the only copy, or which shard of the consumer&apos;s data you keep (any k of the n shards rebuild it).</source>
        <translation>Redundanzrolle: die einzige Kopie oder welches Fragment der Kundendaten Sie aufbewahren (beliebige k der n Fragmente stellen sie wieder her).</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>fb::ProviderOffersModel</name>
    <message>
        <source>Published: consumers find it in the Marketplace. You can edit or withdraw it.</source>
        <translation>Veröffentlicht: Kunden finden es im Marktplatz. Sie können es bearbeiten oder zurückziehen.</translation>
    </message>
    <message>
        <source>Locked while an SLA uses it: its terms cannot change until the deal ends.</source>
        <translation>Gesperrt, solange ein SLA es nutzt: Die Bedingungen können sich bis zum Ende des Teilvertrags nicht ändern.</translation>
    </message>
    <message>
        <source>Locked by %1: its terms cannot change until these deals end.</source>
        <translation>Gesperrt durch %1: Die Bedingungen können sich bis zum Ende dieser Teilverträge nicht ändern.</translation>
    </message>
    <message>
        <source>%1 /GB-month</source>
        <translation>%1 /GB-Monat</translation>
    </message>
    <message>
        <source>%1 /GB</source>
        <translation>%1 /GB</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Locked by %1</source>
        <translation>Gesperrt durch %1</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>QoS tier</source>
        <translation>QoS-Stufe</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Egress</source>
        <translation>Ausgehender Datenverkehr</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>fb::ProviderService</name>
    <message>
        <source>Reading your account</source>
        <translation>Lesen Ihres Kontos</translation>
    </message>
    <message>
        <source>The platform did not register you</source>
        <translation>Die Plattform hat Sie nicht registriert</translation>
    </message>
    <message>
        <source>The platform did not save your provider record</source>
        <translation>Die Plattform hat Ihren Anbietereintrag nicht gespeichert</translation>
    </message>
    <message>
        <source>The platform did not take the certification request</source>
        <translation>Die Plattform hat den Zertifizierungsantrag nicht angenommen</translation>
    </message>
    <message>
        <source>Reading your offers</source>
        <translation>Lesen Ihrer Angebote</translation>
    </message>
    <message>
        <source>The platform did not publish the offer</source>
        <translation>Die Plattform hat das Angebot nicht veröffentlicht</translation>
    </message>
    <message>
        <source>The platform did not change the offer</source>
        <translation>Die Plattform hat das Angebot nicht geändert</translation>
    </message>
    <message>
        <source>The platform did not withdraw the offer</source>
        <translation>Die Plattform hat das Angebot nicht zurückgezogen</translation>
    </message>
    <message>
        <source>Reading the deals on your offers</source>
        <translation>Lesen der Teilverträge zu Ihren Angeboten</translation>
    </message>
    <message>
        <source>The consumer&apos;s account %1 is not a Stellar account key.</source>
        <translation>Das Konto %1 des Kunden ist kein Stellar-Kontoschlüssel.</translation>
    </message>
    <message>
        <source>The sealing library did not start.</source>
        <translation>Die Versiegelungsbibliothek ist nicht gestartet.</translation>
    </message>
    <message>
        <source>The consumer&apos;s account %1 cannot receive sealed access.</source>
        <translation>Das Konto %1 des Kunden kann keinen versiegelten Zugang empfangen.</translation>
    </message>
    <message>
        <source>Sealing the storage access failed.</source>
        <translation>Das Versiegeln des Speicherzugangs ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The platform did not accept the deal</source>
        <translation>Die Plattform hat den Teilvertrag nicht angenommen</translation>
    </message>
    <message>
        <source>The platform did not reject the deal</source>
        <translation>Die Plattform hat den Teilvertrag nicht abgelehnt</translation>
    </message>
    <message>
        <source>The platform did not activate the deal</source>
        <translation>Die Plattform hat den Teilvertrag nicht aktiviert</translation>
    </message>
    <message>
        <source>Reading the deal&apos;s service quality</source>
        <translation>Lesen der Dienstqualität des Teilvertrags</translation>
    </message>
    <message>
        <source>Reading your disputes</source>
        <translation>Lesen Ihrer Streitfälle</translation>
    </message>
    <message>
        <source>Reading your notifications</source>
        <translation>Lesen Ihrer Benachrichtigungen</translation>
    </message>
    <message>
        <source>The notification was not marked as read</source>
        <translation>Die Benachrichtigung wurde nicht als gelesen markiert</translation>
    </message>
    <message>
        <source>Reading your payout addresses</source>
        <translation>Lesen Ihrer Auszahlungsadressen</translation>
    </message>
    <message>
        <source>The payout addresses were not saved</source>
        <translation>Die Auszahlungsadressen wurden nicht gespeichert</translation>
    </message>
    <message>
        <source>The certification was not approved</source>
        <translation>Die Zertifizierung wurde nicht genehmigt</translation>
    </message>
    <message>
        <source>The certification was not rejected</source>
        <translation>Die Zertifizierung wurde nicht abgelehnt</translation>
    </message>
    <message>
        <source>Set up your storage endpoint before accepting deals.</source>
        <translation>Richten Sie Ihren Speicherendpunkt ein, bevor Sie Teilverträge annehmen.</translation>
    </message>
    <message>
        <source>Reading the offer&apos;s service quality</source>
        <translation>Dienstqualität des Angebots wird gelesen</translation>
    </message>
    <message>
        <source>The platform did not take your response</source>
        <translation>Die Plattform hat Ihre Antwort nicht angenommen</translation>
    </message>
</context>
<context>
    <name>fb::ProvidersModel</name>
    <message>
        <source>Certified</source>
        <translation>Zertifiziert</translation>
    </message>
    <message>
        <source>Certified (%1)</source>
        <translation>Zertifiziert (%1)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Not certified</source>
        <translation>Nicht zertifiziert</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Rechtsraum</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Reputation</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Zertifizierung</translation>
    </message>
    <message>
        <source>Certified until</source>
        <translation>Zertifiziert bis</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Certified until %1</source>
        <translation>Zertifiziert bis %1</translation>
    </message>
    <message>
        <source>Certified (%1) until %2</source>
        <translation>Zertifiziert (%1) bis %2</translation>
    </message>
</context>
<context>
    <name>fb::PurchaseSession</name>
    <message>
        <source>Not connected to a platform node; check Settings.</source>
        <translation>Nicht mit einem Plattformknoten verbunden; prüfen Sie die Einstellungen.</translation>
    </message>
    <message>
        <source>Set up a wallet first: it is your account on the platform.</source>
        <translation>Richten Sie zuerst eine Wallet ein: Sie ist Ihr Konto auf der Plattform.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Not signed. Nothing was paid; press Pay to review the payments again.</source>
        <translation>Nicht signiert. Es wurde nichts bezahlt; klicken Sie auf Bezahlen, um die Zahlungen erneut zu prüfen.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was paid; deals already created stay pending on the SLAs page.</source>
        <translation>Gestoppt. Es wurde nichts bezahlt; bereits erstellte Teilverträge bleiben auf der SLA-Seite ausstehend.</translation>
    </message>
    <message>
        <source>Reading your agreement…</source>
        <translation>Ihr Vertrag wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Creating the agreement with %n provider(s)…</source>
        <translation>
            <numerusform>Vertrag mit %n Anbieter wird erstellt…</numerusform>
            <numerusform>Vertrag mit %n Anbietern wird erstellt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking for payment details (%1 of %2)…</source>
        <translation>Zahlungsdetails werden angefordert (%1 von %2)…</translation>
    </message>
    <message>
        <source>Preparing the payments…</source>
        <translation>Zahlungen werden vorbereitet…</translation>
    </message>
    <message>
        <source>Waiting for your signature…</source>
        <translation>Warten auf Ihre Signatur…</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Wird signiert…</translation>
    </message>
    <message>
        <source>Sending payment %1 of %2…</source>
        <translation>Zahlung %1 von %2 wird gesendet…</translation>
    </message>
    <message>
        <source>Payment %1 was refused: %2</source>
        <translation>Zahlung %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>Opening the checkout (%1 of %2)…</source>
        <translation>Bezahlseite wird geöffnet (%1 von %2)…</translation>
    </message>
    <message>
        <source>Card payment %1 of %2</source>
        <translation>Kartenzahlung %1 von %2</translation>
    </message>
    <message>
        <source>Paid by card. The escrow holds your payment.</source>
        <translation>Per Karte bezahlt. Das Treuhandkonto verwahrt Ihre Zahlung.</translation>
    </message>
    <message>
        <source>Paid. The escrow holds your payment.</source>
        <translation>Bezahlt. Das Treuhandkonto verwahrt Ihre Zahlung.</translation>
    </message>
    <message>
        <source>The providers have not accepted yet; you will pay once they do (SLAs page).</source>
        <translation>Die Anbieter haben noch nicht angenommen; Sie bezahlen, sobald sie es tun (SLA-Seite).</translation>
    </message>
    <message>
        <source>Stopped following the payment. It was sent: the deal turns Funded once the network confirms it, and the SLAs page shows it.</source>
        <translation>Verfolgung der Zahlung beendet. Sie wurde gesendet: Der Teilvertrag wird finanziert, sobald das Netzwerk sie bestätigt, und die SLA-Seite zeigt dies an.</translation>
    </message>
    <message>
        <source>Your balance (%1) does not cover the payments and their network fees (%2).</source>
        <translation>Ihr Guthaben (%1) deckt die Zahlungen und ihre Netzwerkgebühren (%2) nicht.</translation>
    </message>
    <message>
        <source>Add %1 to your wallet, then press Pay again.</source>
        <translation>Fügen Sie Ihrem Wallet %1 hinzu und klicken Sie dann erneut auf Bezahlen.</translation>
    </message>
    <message>
        <source>The node asked for %1 instead of %2; press Pay again.</source>
        <translation>Der Knoten hat %1 statt %2 verlangt; klicken Sie erneut auf Bezahlen.</translation>
    </message>
    <message>
        <source>This wallet has no Algorand account (it holds a single Stellar key). Pay with XLM or by card.</source>
        <translation>Dieses Wallet hat kein Algorand-Konto (es enthält nur einen Stellar-Schlüssel). Zahlen Sie mit XLM oder per Karte.</translation>
    </message>
    <message>
        <source>Your wallet&apos;s Algorand account is not known yet: unlock it once with &quot;Show my addresses&quot;, then press Pay again.</source>
        <translation>Das Algorand-Konto Ihres Wallets ist noch nicht bekannt: Entsperren Sie es einmal mit „Meine Adressen anzeigen“ und klicken Sie dann erneut auf Bezahlen.</translation>
    </message>
    <message>
        <source>The node&apos;s payment details lack the Algorand network; press Pay again.</source>
        <translation>In den Zahlungsdetails des Knotens fehlt das Algorand-Netzwerk; klicken Sie erneut auf Bezahlen.</translation>
    </message>
    <message>
        <source>This wallet has no Bitcoin account (it has no recovery phrase). Pay with XLM or by card.</source>
        <translation>Dieses Wallet hat kein Bitcoin-Konto (es hat keine Wiederherstellungsphrase). Zahlen Sie mit XLM oder per Karte.</translation>
    </message>
    <message>
        <source>Your wallet&apos;s Bitcoin account is not known yet: unlock it once with &quot;Show my addresses&quot;, then press Pay again.</source>
        <translation>Das Bitcoin-Konto Ihres Wallets ist noch nicht bekannt: Entsperren Sie es einmal mit „Meine Adressen anzeigen“ und klicken Sie dann erneut auf Bezahlen.</translation>
    </message>
    <message>
        <source>The node&apos;s payment details lack the Bitcoin escrow; press Pay again.</source>
        <translation>In den Zahlungsdetails des Knotens fehlt das Bitcoin-Treuhandkonto; klicken Sie erneut auf Bezahlen.</translation>
    </message>
    <message>
        <source>Bitcoin development network (testnet addresses)</source>
        <translation>Bitcoin-Entwicklungsnetzwerk (Testnet-Adressen)</translation>
    </message>
    <message>
        <source>This wallet has no Starknet account: it was made from a single Stellar key, without a recovery phrase, and a Starknet key comes from the phrase. Pay with XLM or by card, or set up a wallet with a recovery phrase for STRK.</source>
        <translation>Dieses Wallet hat kein Starknet-Konto: Es wurde aus einem einzelnen Stellar-Schlüssel ohne Wiederherstellungsphrase erstellt, und ein Starknet-Schlüssel wird aus der Phrase abgeleitet. Zahlen Sie mit XLM oder per Karte, oder richten Sie ein Wallet mit Wiederherstellungsphrase für STRK ein.</translation>
    </message>
    <message>
        <source>Your Starknet account %1 holds STRK but is not deployed yet, so it cannot send. &quot;Get development STRK&quot; deploys it (with your wallet&apos;s public key); then press Pay again.</source>
        <translation>Ihr Starknet-Konto %1 enthält STRK, ist aber noch nicht bereitgestellt und kann daher nicht senden. „Entwicklungs-STRK holen“ stellt es bereit (mit dem öffentlichen Schlüssel Ihres Wallets); klicken Sie dann erneut auf Bezahlen.</translation>
    </message>
    <message>
        <source>Your Starknet account %1 is not deployed yet, so it cannot send. Deploy it from a Starknet wallet, then press Pay again.</source>
        <translation>Ihr Starknet-Konto %1 ist noch nicht bereitgestellt und kann daher nicht senden. Stellen Sie es über ein Starknet-Wallet bereit und klicken Sie dann erneut auf Bezahlen.</translation>
    </message>
    <message>
        <source>The node&apos;s payment details lack a valid Starknet deposit address, chain or STRK contract; press Pay again.</source>
        <translation>In den Zahlungsdetails des Knotens fehlt eine gültige Starknet-Einzahlungsadresse, Chain oder ein STRK-Contract; klicken Sie erneut auf Bezahlen.</translation>
    </message>
    <message>
        <source>Starknet development network (%1)</source>
        <translation>Starknet-Entwicklungsnetzwerk (%1)</translation>
    </message>
    <message>
        <source>the development network does not meter gas: no fee is charged</source>
        <translation>das Entwicklungsnetzwerk misst kein Gas: Es fallen keine Gebühren an</translation>
    </message>
    <message>
        <source>none on Starknet; the deposit address is this payment&apos;s own (%1)</source>
        <translation>keine auf Starknet; die Einzahlungsadresse gehört nur zu dieser Zahlung (%1)</translation>
    </message>
    <message>
        <source>The payment details for payment %1 of %2 expired before it reached the node; nothing was taken for it. Press Pay again: the wallet asks for fresh details.</source>
        <translation>Die Zahlungsdetails für Zahlung %1 von %2 sind abgelaufen, bevor sie den Knoten erreichte; dafür wurde nichts abgebucht. Klicken Sie erneut auf Bezahlen: Das Wallet fordert neue Details an.</translation>
    </message>
    <message>
        <source>The node refused payment %1 of %2: %3 Nothing was taken for it; press Pay to build it again.</source>
        <translation>Der Knoten hat Zahlung %1 von %2 abgelehnt: %3 Dafür wurde nichts abgebucht; klicken Sie auf Bezahlen, um sie neu zu erstellen.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier payment(s) went through. </source>
        <translation>
            <numerusform>%n frühere Zahlung ist durchgegangen. </numerusform>
            <numerusform>%n frühere Zahlungen sind durchgegangen. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payment sent. Waiting for the Bitcoin network to confirm it (%n confirmation(s) needed; the development network adds a block every few seconds)…</source>
        <translation>
            <numerusform>Zahlung gesendet. Warten auf Bestätigung durch das Bitcoin-Netzwerk (%n Bestätigung erforderlich; das Entwicklungsnetzwerk fügt alle paar Sekunden einen Block hinzu)…</numerusform>
            <numerusform>Zahlung gesendet. Warten auf Bestätigung durch das Bitcoin-Netzwerk (%n Bestätigungen erforderlich; das Entwicklungsnetzwerk fügt alle paar Sekunden einen Block hinzu)…</numerusform>
        </translation>
    </message>
    <message>
        <source>A deal ended %1 before its payment was confirmed; the escrow returns what it received (the SLAs page shows the refund).</source>
        <translation>Ein Teilvertrag endete (%1), bevor seine Zahlung bestätigt wurde; das Treuhandkonto erstattet, was es erhalten hat (die SLA-Seite zeigt die Erstattung).</translation>
    </message>
    <message numerus="yes">
        <source>Storage agreement: %1 for %n day(s)</source>
        <translation>
            <numerusform>Speichervereinbarung: %1 für %n Tag</numerusform>
            <numerusform>Speichervereinbarung: %1 für %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, a full copy with each of %n provider(s)</source>
        <translation>
            <numerusform>, eine vollständige Kopie bei %n Anbieter</numerusform>
            <numerusform>, eine vollständige Kopie bei jedem der %n Anbieter</numerusform>
        </translation>
    </message>
    <message>
        <source>, in %1 shards of which any %2 rebuild it</source>
        <translation>, in %1 Fragmenten, von denen beliebige %2 es wiederherstellen</translation>
    </message>
    <message>
        <source>, %1 of downloads included</source>
        <translation>, inklusive %1 Downloads</translation>
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
        <translation>Anbieter: %1</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Preis: %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>This payment: %1, payment %2 of %3, for deal %4</source>
        <translation>Diese Zahlung: %1, Zahlung %2 von %3, für Teilvertrag %4</translation>
    </message>
    <message>
        <source>Agreement %1</source>
        <translation>Vereinbarung %1</translation>
    </message>
    <message>
        <source>No payment is waiting for a signature now.</source>
        <translation>Derzeit wartet keine Zahlung auf eine Signatur.</translation>
    </message>
    <message>
        <source>This is a %1 transaction; the payment is in %2. Import the file or QR frames the signer wrote for this payment.</source>
        <translation>Dies ist eine %1-Transaktion; die Zahlung erfolgt in %2. Importieren Sie die Datei oder die QR-Bilder, die der Signierer für diese Zahlung geschrieben hat.</translation>
    </message>
    <message>
        <source>This signed transaction is not one of the payments exported for this agreement (or it was changed): transaction %1. Export again and sign what was exported.</source>
        <translation>Diese signierte Transaktion gehört nicht zu den für diese Vereinbarung exportierten Zahlungen (oder wurde geändert): Transaktion %1. Exportieren Sie erneut und signieren Sie das Exportierte.</translation>
    </message>
    <message>
        <source>%1 of %2 payments are signed: import the others first.</source>
        <translation>%1 von %2 Zahlungen sind signiert: Importieren Sie zuerst die anderen.</translation>
    </message>
    <message>
        <source>Your %1 balance (%2) does not cover %3 for the storage plus about %4 of network fees: %5 is missing.</source>
        <translation>Ihr %1-Guthaben (%2) deckt %3 für den Speicher plus etwa %4 Netzwerkgebühren nicht: Es fehlen %5.</translation>
    </message>
    <message>
        <source>Get test funds (free, no value) below, then pay.</source>
        <translation>Holen Sie unten Testguthaben (kostenlos, ohne Wert) und bezahlen Sie dann.</translation>
    </message>
    <message>
        <source>Add %1 to your wallet, then pay.</source>
        <translation>Laden Sie %1 auf Ihr Wallet und bezahlen Sie dann.</translation>
    </message>
    <message>
        <source>Get test funds (%1, free, no value), then press Pay again.</source>
        <translation>Holen Sie Testguthaben (%1, kostenlos, ohne Wert) und klicken Sie dann erneut auf Bezahlen.</translation>
    </message>
    <message>
        <source>Payment %1</source>
        <translation>Zahlung %1</translation>
    </message>
    <message>
        <source>Payment %1 of %2</source>
        <translation>Zahlung %1 von %2</translation>
    </message>
    <message>
        <source>The payment</source>
        <translation>Die Zahlung</translation>
    </message>
    <message>
        <source>Made at %1</source>
        <translation>Abgeschlossen am %1</translation>
    </message>
    <message>
        <source>Payment %1 of %2: %3 for deal %4
Transaction %5</source>
        <translation>Zahlung %1 von %2: %3 für Teilvertrag %4
Transaktion %5</translation>
    </message>
</context>
<context>
    <name>fb::ServiceVendorsModel</name>
    <message>
        <source>Vendor</source>
        <translation>Anbieterfirma</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Gerichtsstand</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Zertifizierung</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Reputation</translation>
    </message>
</context>
<context>
    <name>fb::Services</name>
    <message>
        <source>Check the connection, or the node address in Settings.</source>
        <translation>Prüfen Sie die Verbindung oder die Knotenadresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Sign in again with your wallet.</source>
        <translation>Melden Sie sich erneut mit Ihrer Wallet an.</translation>
    </message>
    <message>
        <source>Request certification on the Provider page and wait for an admin&apos;s approval.</source>
        <translation>Beantragen Sie die Zertifizierung auf der Anbieter-Seite und warten Sie auf die Genehmigung durch einen Administrator.</translation>
    </message>
    <message>
        <source>Wait until the agreements on it end, or publish a changed copy as a new offer.</source>
        <translation>Warten Sie, bis die Verträge zu diesem Angebot enden, oder veröffentlichen Sie eine geänderte Kopie als neues Angebot.</translation>
    </message>
    <message>
        <source>Refresh to see the existing record and change that one.</source>
        <translation>Aktualisieren Sie, um den vorhandenen Eintrag zu sehen, und ändern Sie diesen.</translation>
    </message>
    <message>
        <source>Your account may not do this.</source>
        <translation>Ihr Konto ist dazu nicht berechtigt.</translation>
    </message>
    <message>
        <source>It may have been removed; refresh and try again.</source>
        <translation>Es wurde möglicherweise entfernt; aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The node may run another version; check Settings.</source>
        <translation>Der Knoten verwendet möglicherweise eine andere Version; prüfen Sie die Einstellungen.</translation>
    </message>
    <message>
        <source>The node is busy; wait a moment and try again.</source>
        <translation>Der Knoten ist ausgelastet; warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The node failed; try again later.</source>
        <translation>Beim Knoten ist ein Fehler aufgetreten; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Unknown failure.</source>
        <translation>Unbekannter Fehler.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the node&apos;s reply cannot be read (%2). The node may run another version; check Settings.</source>
        <translation>%1: Die Antwort des Knotens kann nicht gelesen werden (%2). Der Knoten verwendet möglicherweise eine andere Version; prüfen Sie die Einstellungen.</translation>
    </message>
    <message>
        <source>Not connected to a platform node; check the node address in Settings.</source>
        <translation>Nicht mit einem Plattformknoten verbunden; prüfen Sie die Knotenadresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list.</source>
        <translation>„%1“ ist keine Liste.</translation>
    </message>
    <message>
        <source>an entry is not an object.</source>
        <translation>ein Eintrag ist kein Objekt.</translation>
    </message>
</context>
<context>
    <name>fb::SlaTreeModel</name>
    <message>
        <source>Awaiting payment</source>
        <translation>Zahlung ausstehend</translation>
    </message>
    <message>
        <source>%1, the rest awaiting payment</source>
        <translation>%1, Rest noch ausstehend</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Nicht bezahlt</translation>
    </message>
    <message>
        <source>Stored in the Files page under this agreement / the size agreed with each provider</source>
        <translation>Auf der Seite Dateien unter diesem Vertrag gespeichert / mit jedem Anbieter vereinbarte Größe</translation>
    </message>
    <message numerus="yes">
        <source>Agreement with %n provider(s)</source>
        <translation>
            <numerusform>Vertrag mit %n Anbieter</numerusform>
            <numerusform>Vertrag mit %n Anbietern</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Deposited into escrow for this deal (%1)</source>
        <translation>Für diesen Teilvertrag auf das Treuhandkonto eingezahlt (%1)</translation>
    </message>
    <message>
        <source>The provider has not accepted yet; you pay once it does.</source>
        <translation>Der Anbieter hat noch nicht angenommen; Sie bezahlen, sobald er es tut.</translation>
    </message>
    <message>
        <source>Accepted by the provider: pay to fund the escrow.</source>
        <translation>Vom Anbieter angenommen: Zahlen Sie jetzt auf das Treuhandkonto ein.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), not started</source>
        <translation>
            <numerusform>%n Tag, nicht begonnen</numerusform>
            <numerusform>%n Tage, nicht begonnen</numerusform>
        </translation>
    </message>
    <message>
        <source>no samples yet</source>
        <translation>noch keine Messwerte</translation>
    </message>
    <message>
        <source>Agreement / provider</source>
        <translation>Vertrag / Anbieter</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Used / agreed</source>
        <translation>Belegt / vereinbart</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>%1 (agreement %2). F2 renames it.</source>
        <translation>%1 (Vereinbarung %2). Mit F2 umbenennen.</translation>
    </message>
    <message>
        <source>%1 (≈ %2)</source>
        <translation>%1 (≈ %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>fb::SyncEngine</name>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Syncing %1 %</source>
        <translation>Synchronisierung %1 %</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Sync error: %1</source>
        <translation>Synchronisierungsfehler: %1</translation>
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
        <translation>Nur beobachten: Dieses Wallet enthält keinen Schlüssel für diese Adresse.</translation>
    </message>
    <message>
        <source>%1 (%2), watch-only</source>
        <translation>%1 (%2), nur beobachten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
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
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Not connected to a platform node: balances are unavailable.</source>
        <translation>Nicht mit einem Plattformknoten verbunden: Guthaben sind nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>fb::WalletHistoryModel</name>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Faucet</source>
        <translation>Faucet</translation>
    </message>
    <message>
        <source>Deal deposit received</source>
        <translation>Einzahlung für Teilvertrag erhalten</translation>
    </message>
    <message>
        <source>Deal payment</source>
        <translation>Zahlung für Teilvertrag</translation>
    </message>
    <message>
        <source>Deal earnings</source>
        <translation>Einnahmen aus Teilvertrag</translation>
    </message>
    <message>
        <source>Deal release</source>
        <translation>Freigabe des Teilvertrags</translation>
    </message>
    <message>
        <source>Deal refund</source>
        <translation>Erstattung des Teilvertrags</translation>
    </message>
    <message>
        <source>Refund paid</source>
        <translation>Erstattung ausgezahlt</translation>
    </message>
    <message>
        <source>Deal penalty received</source>
        <translation>Vertragsstrafe erhalten</translation>
    </message>
    <message>
        <source>Deal penalty</source>
        <translation>Vertragsstrafe</translation>
    </message>
    <message>
        <source>Platform fee</source>
        <translation>Plattformgebühr</translation>
    </message>
    <message>
        <source>Transaction %1</source>
        <translation>Transaktion %1</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 Nr. %2</translation>
    </message>
    <message>
        <source>development faucet</source>
        <translation>Entwicklungs-Faucet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>From / to</source>
        <translation>Von / an</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Not connected to a platform node: the history is unavailable.</source>
        <translation>Nicht mit einem Plattformknoten verbunden: Der Verlauf ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Deal %1. Double-click to open the agreement.</source>
        <translation>Teilvertrag %1. Doppelklicken, um die Vereinbarung zu öffnen.</translation>
    </message>
</context>
<context>
    <name>fb::WalletLedger</name>
    <message>
        <source>The ledger&apos;s reply has no valid &quot;%1&quot;.</source>
        <translation>Die Antwort des Ledgers enthält kein gültiges „%1“.</translation>
    </message>
</context>
<context>
    <name>fb::WalletSecurity</name>
    <message>
        <source>There is no wallet to unlock.</source>
        <translation>Es gibt kein Wallet zum Entsperren.</translation>
    </message>
    <message>
        <source>The wallet was locked meanwhile.</source>
        <translation>Das Wallet wurde inzwischen gesperrt.</translation>
    </message>
</context>
<context>
    <name>fb::WalletSend</name>
    <message>
        <source>&quot;%1&quot; is not a Stellar address: it starts with G and has 56 characters.</source>
        <translation>„%1“ ist keine Stellar-Adresse: Sie beginnt mit G und hat 56 Zeichen.</translation>
    </message>
    <message>
        <source>The payment would go back to the account it comes from.</source>
        <translation>Die Zahlung würde an das Konto zurückgehen, von dem sie stammt.</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>Geben Sie einen Betrag über null ein.</translation>
    </message>
    <message>
        <source>A Stellar memo holds at most 28 bytes; shorten it.</source>
        <translation>Ein Stellar-Memo fasst höchstens 28 Bytes; kürzen Sie es.</translation>
    </message>
    <message>
        <source>Preparing the payment…</source>
        <translation>Zahlung wird vorbereitet…</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Wird signiert…</translation>
    </message>
    <message>
        <source>Sending to the ledger…</source>
        <translation>Wird an den Ledger gesendet…</translation>
    </message>
    <message>
        <source>Sent; waiting for the ledger to confirm it…</source>
        <translation>Gesendet; warten auf Bestätigung durch den Ledger…</translation>
    </message>
    <message>
        <source>Confirmed by the ledger (transaction %1).</source>
        <translation>Vom Ledger bestätigt (Transaktion %1).</translation>
    </message>
    <message>
        <source>Not connected to a platform node.</source>
        <translation>Nicht mit einem Plattformknoten verbunden.</translation>
    </message>
    <message>
        <source>The account %1 has no funds on the ledger yet.</source>
        <translation>Das Konto %1 hat noch kein Guthaben auf dem Ledger.</translation>
    </message>
    <message>
        <source>The account holds %1 XLM; the payment and its fee need %2 XLM.</source>
        <translation>Das Konto enthält %1 XLM; Zahlung und Gebühr erfordern %2 XLM.</translation>
    </message>
    <message>
        <source>The ledger took the payment (transaction %1) but has not listed it yet; look for it in the history later.</source>
        <translation>Der Ledger hat die Zahlung angenommen (Transaktion %1), aber noch nicht aufgeführt; sehen Sie später im Verlauf nach.</translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s address.</source>
        <translation>Geben Sie die Adresse des Empfängers ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Algorand address: 58 characters, capital letters and digits 2 to 7, ending in a checksum (%2).</source>
        <translation>„%1“ ist keine Algorand-Adresse: 58 Zeichen, Großbuchstaben und Ziffern 2 bis 7, am Ende eine Prüfsumme (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a Bitcoin mainnet address; the development network takes testnet addresses (tb1q…).</source>
        <translation>„%1“ ist eine Bitcoin-Mainnet-Adresse; das Entwicklungsnetzwerk akzeptiert Testnet-Adressen (tb1q…).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Bitcoin address of the development network: it starts with tb1q (%2).</source>
        <translation>„%1“ ist keine Bitcoin-Adresse des Entwicklungsnetzwerks: Sie beginnt mit tb1q (%2).</translation>
    </message>
    <message>
        <source>Send to a native segwit address (tb1q…, P2WPKH); &quot;%1&quot; is another kind.</source>
        <translation>Senden Sie an eine native SegWit-Adresse (tb1q…, P2WPKH); „%1“ ist von einem anderen Typ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Starknet address: 0x and up to 64 hexadecimal digits.</source>
        <translation>„%1“ ist keine Starknet-Adresse: 0x und bis zu 64 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>Sending from %1 accounts is not available.</source>
        <translation>Senden von %1-Konten ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The sending account %1 is not an address of its chain.</source>
        <translation>Das sendende Konto %1 ist keine Adresse seiner Chain.</translation>
    </message>
    <message>
        <source>Send at least %1 BTC (%2 sat): a smaller output is dust that Bitcoin nodes do not relay.</source>
        <translation>Senden Sie mindestens %1 BTC (%2 sat): Eine kleinere Ausgabe ist Dust, den Bitcoin-Knoten nicht weiterleiten.</translation>
    </message>
    <message>
        <source>A %1 transfer carries no memo; leave it empty.</source>
        <translation>Eine %1-Überweisung trägt kein Memo; lassen Sie es leer.</translation>
    </message>
    <message>
        <source>The note holds at most %1 bytes; shorten it.</source>
        <translation>Die Notiz fasst höchstens %1 Bytes; kürzen Sie sie.</translation>
    </message>
    <message>
        <source>Review the payment and sign it with your password. Network fee: %1.</source>
        <translation>Prüfen Sie die Zahlung und signieren Sie sie mit Ihrem Passwort. Netzwerkgebühr: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Sent; unconfirmed (%n confirmation(s)): waiting for the next Bitcoin block…</source>
        <translation>
            <numerusform>Gesendet; unbestätigt (%n Bestätigung): warten auf den nächsten Bitcoin-Block…</numerusform>
            <numerusform>Gesendet; unbestätigt (%n Bestätigungen): warten auf den nächsten Bitcoin-Block…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirmed in a Bitcoin block, %n confirmation(s) (transaction %1).</source>
        <translation>
            <numerusform>In einem Bitcoin-Block bestätigt, %n Bestätigung (Transaktion %1).</numerusform>
            <numerusform>In einem Bitcoin-Block bestätigt, %n Bestätigungen (Transaktion %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The account holds %1; the payment and its fee need %2.</source>
        <translation>Das Konto enthält %1; Zahlung und Gebühr erfordern %2.</translation>
    </message>
    <message>
        <source>The ledger did not name its Algorand network (genesis and round).</source>
        <translation>Der Ledger hat sein Algorand-Netzwerk nicht genannt (Genesis und Runde).</translation>
    </message>
    <message>
        <source>Not an Algorand address.</source>
        <translation>Keine Algorand-Adresse.</translation>
    </message>
    <message>
        <source>%1 (development network)</source>
        <translation>%1 (Entwicklungsnetzwerk)</translation>
    </message>
    <message>
        <source>This wallet has no Bitcoin account (it has no recovery phrase).</source>
        <translation>Dieses Wallet hat kein Bitcoin-Konto (es hat keine Wiederherstellungsphrase).</translation>
    </message>
    <message>
        <source>The account holds %1; the payment and its fee (%2 sat/vB) need about %3.</source>
        <translation>Das Konto enthält %1; Zahlung und Gebühr (%2 sat/vB) erfordern etwa %3.</translation>
    </message>
    <message>
        <source>Bitcoin development network (testnet addresses)</source>
        <translation>Bitcoin-Entwicklungsnetzwerk (Testnet-Adressen)</translation>
    </message>
    <message>
        <source>This wallet has no Starknet account: a Starknet key comes from a recovery phrase.</source>
        <translation>Dieses Wallet hat kein Starknet-Konto: Ein Starknet-Schlüssel stammt aus einer Wiederherstellungsphrase.</translation>
    </message>
    <message>
        <source>Send STRK from the wallet&apos;s Starknet account (%1).</source>
        <translation>STRK vom Starknet-Konto des Wallets senden (%1).</translation>
    </message>
    <message>
        <source>The account holds %1; the payment needs %2.</source>
        <translation>Das Konto enthält %1; die Zahlung erfordert %2.</translation>
    </message>
    <message>
        <source>Your Starknet account %1 is not deployed yet, so it cannot send. &quot;Get development coins&quot; deploys it (with your wallet&apos;s public key); then send again.</source>
        <translation>Ihr Starknet-Konto %1 ist noch nicht bereitgestellt und kann daher nicht senden. „Entwicklungs-Coins holen“ stellt es bereit (mit dem öffentlichen Schlüssel Ihres Wallets); senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>Your Starknet account %1 is not deployed yet, so it cannot send. Deploy it from a Starknet wallet first.</source>
        <translation>Ihr Starknet-Konto %1 ist noch nicht bereitgestellt und kann daher nicht senden. Stellen Sie es zuerst aus einem Starknet-Wallet bereit.</translation>
    </message>
    <message>
        <source>The ledger did not name its Starknet chain.</source>
        <translation>Der Ledger hat seine Starknet-Chain nicht genannt.</translation>
    </message>
    <message>
        <source>Starknet development network (%1)</source>
        <translation>Starknet-Entwicklungsnetzwerk (%1)</translation>
    </message>
    <message>
        <source>the development network does not meter gas: no fee is charged</source>
        <translation>das Entwicklungsnetzwerk misst kein Gas: Es fallen keine Gebühren an</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Nicht signiert.</translation>
    </message>
    <message>
        <source>The ledger took the payment (transaction %1) but no block holds it yet; it stays unconfirmed in the history until one does.</source>
        <translation>Der Ledger hat die Zahlung angenommen (Transaktion %1), aber noch kein Block enthält sie; sie bleibt im Verlauf unbestätigt, bis ein Block sie aufnimmt.</translation>
    </message>
    <message>
        <source>Choose a fee rate above zero.</source>
        <translation>Wählen Sie einen Gebührensatz über null.</translation>
    </message>
    <message>
        <source>The wallet does not know its Algorand account #%1 yet: add it with &quot;Add an account&quot;, then send again.</source>
        <translation>Das Wallet kennt sein Algorand-Konto #%1 noch nicht: Fügen Sie es mit „Konto hinzufügen“ hinzu und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>Send ALGO from the wallet&apos;s Algorand account #%1 (%2).</source>
        <translation>ALGO vom Algorand-Konto #%1 des Wallets senden (%2).</translation>
    </message>
    <message>
        <source>Send BTC from the wallet&apos;s Bitcoin account #%1 (%2).</source>
        <translation>BTC vom Bitcoin-Konto #%1 des Wallets senden (%2).</translation>
    </message>
    <message>
        <source>The wallet does not know the key of its Bitcoin account #%1 yet: add it with &quot;Add an account&quot;, then send again.</source>
        <translation>Das Wallet kennt den Schlüssel seines Bitcoin-Kontos #%1 noch nicht: Fügen Sie es mit „Konto hinzufügen“ hinzu und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>The wallet does not know its Starknet account #%1 yet: add it with &quot;Add an account&quot;, then send again.</source>
        <translation>Das Wallet kennt sein Starknet-Konto #%1 noch nicht: Fügen Sie es mit „Konto hinzufügen“ hinzu und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>Payment of %1</source>
        <translation>Zahlung von %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Memo: %1</source>
        <translation>Memo: %1</translation>
    </message>
    <message>
        <source>Network fee: %1 (%2 sat/vB)</source>
        <translation>Netzwerkgebühr: %1 (%2 sat/vB)</translation>
    </message>
    <message>
        <source>Network fee: %1</source>
        <translation>Netzwerkgebühr: %1</translation>
    </message>
    <message>
        <source>Total leaving the account: %1</source>
        <translation>Insgesamt vom Konto abgebucht: %1</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>Netzwerk: %1</translation>
    </message>
    <message>
        <source>Made at %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>, round %1 (valid until round %2)</source>
        <translation>, Runde %1 (gültig bis Runde %2)</translation>
    </message>
    <message>
        <source>, block height %1</source>
        <translation>, Blockhöhe %1</translation>
    </message>
    <message>
        <source>, account nonce %1</source>
        <translation>, Konto-Nonce %1</translation>
    </message>
    <message>
        <source>, account sequence %1</source>
        <translation>, Kontosequenz %1</translation>
    </message>
    <message>
        <source>Valid until %1: sign and bring it back before then.</source>
        <translation>Gültig bis %1: Signieren Sie sie und bringen Sie sie bis dahin zurück.</translation>
    </message>
    <message>
        <source>Transaction %1</source>
        <translation>Transaktion %1</translation>
    </message>
    <message>
        <source>No payment is waiting for a signature now.</source>
        <translation>Derzeit wartet keine Zahlung auf eine Signatur.</translation>
    </message>
    <message>
        <source>The payment</source>
        <translation>Die Zahlung</translation>
    </message>
    <message>
        <source>This is a %1 transaction; the payment is in %2. Import what the signer wrote for this payment.</source>
        <translation>Dies ist eine %1-Transaktion; die Zahlung erfolgt in %2. Importieren Sie, was der Signierer für diese Zahlung geschrieben hat.</translation>
    </message>
    <message>
        <source>This signed transaction (%1) is not the payment exported here (%2), or it was changed. Nothing was sent: export this payment again and sign what was exported.</source>
        <translation>Diese signierte Transaktion (%1) ist nicht die hier exportierte Zahlung (%2) oder wurde verändert. Es wurde nichts gesendet: Exportieren Sie diese Zahlung erneut und signieren Sie, was exportiert wurde.</translation>
    </message>
    <message>
        <source>The payment is not signed yet: import what the signer wrote first.</source>
        <translation>Die Zahlung ist noch nicht signiert: Importieren Sie zuerst, was der Signierer geschrieben hat.</translation>
    </message>
</context>
<context>
    <name>fb::WalletService</name>
    <message>
        <source>A wallet already exists in %1.</source>
        <translation>In %1 existiert bereits eine Wallet.</translation>
    </message>
    <message>
        <source>The transaction is sent by %1, not by this wallet&apos;s Starknet account %2.</source>
        <translation>Die Transaktion wird von %1 gesendet, nicht vom Starknet-Konto %2 dieser Wallet.</translation>
    </message>
    <message>
        <source>This wallet holds no Starknet account (it was made from a single Stellar key, without a recovery phrase); pay with XLM or by card.</source>
        <translation>Dieses Wallet enthält kein Starknet-Konto (es wurde aus einem einzelnen Stellar-Schlüssel ohne Wiederherstellungsphrase erstellt); zahlen Sie mit XLM oder per Karte.</translation>
    </message>
    <message>
        <source>This wallet holds no Algorand account (it was made from a single Stellar key); pay with XLM or by card.</source>
        <translation>Dieses Wallet enthält kein Algorand-Konto (es wurde aus einem einzelnen Stellar-Schlüssel erstellt); zahlen Sie mit XLM oder per Karte.</translation>
    </message>
    <message>
        <source>This wallet holds no Bitcoin account (it has no recovery phrase); pay with XLM or by card.</source>
        <translation>Dieses Wallet enthält kein Bitcoin-Konto (es hat keine Wiederherstellungsphrase); zahlen Sie mit XLM oder per Karte.</translation>
    </message>
    <message>
        <source>The Bitcoin transaction spends coins this wallet cannot sign for; nothing was signed.</source>
        <translation>Die Bitcoin-Transaktion gibt Coins aus, für die dieses Wallet nicht signieren kann; es wurde nichts signiert.</translation>
    </message>
    <message>
        <source>The wallet does not hold %1 accounts.</source>
        <translation>Das Wallet enthält keine %1-Konten.</translation>
    </message>
</context>
<context>
    <name>fb::pricing</name>
    <message>
        <source>The only comparable offer costs %1 per GB-month.</source>
        <translation>Das einzige vergleichbare Angebot kostet %1 pro GB-Monat.</translation>
    </message>
    <message>
        <source>%1 comparable offers cost from %2 to %3 per GB-month (median %4).</source>
        <translation>%1 vergleichbare Angebote kosten %2 bis %3 pro GB-Monat (Median %4).</translation>
    </message>
    <message>
        <source>To fill %1 of your capacity, match the cheapest comparable offer: %2.</source>
        <translation>Um %1 Ihrer Kapazität auszulasten, ziehen Sie mit dem günstigsten vergleichbaren Angebot gleich: %2.</translation>
    </message>
    <message>
        <source>Aiming at %1 utilisation, you can ask as much as the dearest comparable offer: %2.</source>
        <translation>Bei einer angestrebten Auslastung von %1 können Sie so viel verlangen wie das teuerste vergleichbare Angebot: %2.</translation>
    </message>
    <message>
        <source>To fill %1 of your capacity, price below %2 of them: %3 sits at the %4 percentile.</source>
        <translation>Um %1 Ihrer Kapazität auszulasten, liegen Sie preislich unter %2 davon: %3 liegt beim %4-Perzentil.</translation>
    </message>
    <message>
        <source>Buyers compare offers cheapest first, so the assistant expects an offer priced above p % of its market to fill about 100 - p % of its capacity.</source>
        <translation>Käufer vergleichen Angebote beginnend mit dem günstigsten, daher erwartet der Assistent, dass ein Angebot, das teurer als p % seines Marktes ist, etwa 100 - p % seiner Kapazität auslastet.</translation>
    </message>
</context>
<context>
    <name>fb::sla</name>
    <message>
        <source>meet the QoS tier</source>
        <translation>erreichen die QoS-Stufe</translation>
    </message>
    <message>
        <source>are in an allowed region and country</source>
        <translation>liegen in einer erlaubten Region und einem erlaubten Land</translation>
    </message>
    <message>
        <source>speak the protocol</source>
        <translation>unterstützen das Protokoll</translation>
    </message>
    <message>
        <source>accept the currency</source>
        <translation>akzeptieren die Währung</translation>
    </message>
    <message>
        <source>allow the duration</source>
        <translation>erlauben die Laufzeit</translation>
    </message>
    <message>
        <source>have room for a shard</source>
        <translation>haben Platz für ein Fragment</translation>
    </message>
    <message>
        <source>No set of %1 offers on different providers meets every requirement together. Relax the regions, the kinds of provider or the redundancy.</source>
        <translation>Keine Auswahl von %1 Angeboten bei verschiedenen Anbietern erfüllt alle Anforderungen zugleich. Lockern Sie die Regionen, die Anbieterarten oder die Redundanz.</translation>
    </message>
    <message>
        <source>%1 tier in %2 (%3)</source>
        <translation>Stufe %1 in %2 (%3)</translation>
    </message>
    <message>
        <source>%1 for storage and %2 for egress over the term</source>
        <translation>%1 für Speicher und %2 für Egress über die Laufzeit</translation>
    </message>
    <message>
        <source>reputation %1/100, %2 provider</source>
        <translation>Reputation %1/100, %2-Anbieter</translation>
    </message>
    <message>
        <source>chosen for its track record</source>
        <translation>wegen seiner bisherigen Zuverlässigkeit gewählt</translation>
    </message>
    <message>
        <source>Mixing cloud and DePIN providers was also required.</source>
        <translation>Die Mischung aus Cloud- und DePIN-Anbietern war ebenfalls gefordert.</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>The cheapest set that meets every requirement costs %1, above your budget of %2. Raise the budget, shorten the term, store less or lower the redundancy.</source>
        <translation>Die günstigste Auswahl, die alle Anforderungen erfüllt, kostet %1 und liegt über Ihrem Budget von %2. Erhöhen Sie das Budget, verkürzen Sie die Laufzeit, speichern Sie weniger oder verringern Sie die Redundanz.</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>Am günstigsten</translation>
    </message>
    <message>
        <source> — without spreading across regions or kinds</source>
        <translation> – ohne Verteilung auf Regionen oder Anbieterarten</translation>
    </message>
    <message>
        <source>Most reliable</source>
        <translation>Am zuverlässigsten</translation>
    </message>
    <message>
        <source>The node&apos;s platform fee is unknown, so no price can be worked out. Check the connection to the node and try again.</source>
        <translation>Die Plattformgebühr des Knotens ist unbekannt, daher kann kein Preis berechnet werden. Prüfen Sie die Verbindung zum Knoten und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>price it within the platform&apos;s largest amount</source>
        <translation>liegen preislich innerhalb des Höchstbetrags der Plattform</translation>
    </message>
    <message>
        <source>Even the cheapest set that meets every requirement costs more than the platform takes in one agreement (%1). Store less, shorten the term or lower the redundancy.</source>
        <translation>Selbst die günstigste Auswahl, die alle Anforderungen erfüllt, kostet mehr, als die Plattform für einen Vertrag annimmt (%1). Speichern Sie weniger, verkürzen Sie die Laufzeit oder verringern Sie die Redundanz.</translation>
    </message>
    <message>
        <source>cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>DePIN</source>
        <translation>DePIN</translation>
    </message>
    <message>
        <source>Enter how much data you will store.</source>
        <translation>Geben Sie an, wie viele Daten Sie speichern werden.</translation>
    </message>
    <message>
        <source>At most %L1 bytes can be stored in one agreement.</source>
        <translation>In einem Vertrag können höchstens %L1 Byte gespeichert werden.</translation>
    </message>
    <message>
        <source>Choose how long the agreement runs.</source>
        <translation>Wählen Sie die Laufzeit des Vertrags.</translation>
    </message>
    <message>
        <source>An agreement runs at most %1 days.</source>
        <translation>Ein Vertrag läuft höchstens %1 Tage.</translation>
    </message>
    <message>
        <source>Expected downloads cannot be negative.</source>
        <translation>Die erwarteten Downloads dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>At most %L1 bytes of downloads can be planned over one agreement.</source>
        <translation>Über einen Vertrag können höchstens %L1 Byte an Downloads geplant werden.</translation>
    </message>
    <message>
        <source>Keep between 1 and 16 copies.</source>
        <translation>Wählen Sie zwischen 1 und 16 Kopien.</translation>
    </message>
    <message>
        <source>Erasure coding needs k data shards and n &gt; k total shards (n at most 32).</source>
        <translation>Erasure Coding benötigt k Datenfragmente und insgesamt n &gt; k Fragmente (n höchstens 32).</translation>
    </message>
    <message>
        <source>Unknown QoS tier &quot;%1&quot;.</source>
        <translation>Unbekannte QoS-Stufe „%1“.</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>Das Budget darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>measured uptime %1</source>
        <translation>gemessene Verfügbarkeit %1</translation>
    </message>
    <message>
        <source>Next cheapest</source>
        <translation>Nächstgünstigste</translation>
    </message>
    <message>
        <source>can be chosen</source>
        <translation>kommen infrage</translation>
    </message>
    <message>
        <source>Only %1 (%2) %3, but %4 on different providers are needed. Relax that requirement or lower the redundancy.</source>
        <comment>providers, offers, why, placements</comment>
        <translation>Zu wenige Anbieter %3: nur %1 (%2), benötigt werden aber %4 bei verschiedenen Anbietern. Lockern Sie diese Anforderung oder verringern Sie die Redundanz.</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n Anbieter</numerusform>
            <numerusform>%n Anbieter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s)</source>
        <translation>
            <numerusform>%n Angebot</numerusform>
            <numerusform>%n Angebote</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s)</source>
        <translation>
            <numerusform>%n Platzierung</numerusform>
            <numerusform>%n Platzierungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The eligible offers cover only %1, but spreading %2 across regions needs %3. Allow more regions or turn off region spreading.</source>
        <comment>regions, placements, regions</comment>
        <translation>Die infrage kommenden Angebote decken nur %1 ab, aber %2 auf Regionen zu verteilen erfordert %3. Lassen Sie mehr Regionen zu oder schalten Sie die Verteilung auf Regionen aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n Region</numerusform>
            <numerusform>%n Regionen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2 in %3, %4 in total</source>
        <comment>placements, providers, regions, total cost</comment>
        <translation>%1, %2, %3, insgesamt %4</translation>
    </message>
</context>
<context>
    <name>fb::storage::Backend</name>
    <message>
        <source>The transfer was cancelled</source>
        <translation>Die Übertragung wurde abgebrochen</translation>
    </message>
    <message>
        <source>No multipart upload id</source>
        <translation>Keine ID für den mehrteiligen Upload</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot read the source</source>
        <translation>Die Quelle kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot write %1 (disk full?)</source>
        <translation>%1 kann nicht geschrieben werden (Datenträger voll?)</translation>
    </message>
    <message>
        <source>Invalid object key &quot;%1&quot;</source>
        <translation>Ungültiger Objektschlüssel „%1“</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>No object &quot;%1&quot;</source>
        <translation>Kein Objekt „%1“</translation>
    </message>
    <message>
        <source>Cannot delete %1</source>
        <translation>%1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>A local provider needs an absolute &quot;path&quot;</source>
        <translation>Ein lokaler Anbieter benötigt einen absoluten „path“</translation>
    </message>
    <message>
        <source>S3 access needs endpoint, bucket, accessKey and secretKey</source>
        <translation>Der S3-Zugang benötigt endpoint, bucket, accessKey und secretKey</translation>
    </message>
    <message>
        <source>Unknown storage type &quot;%1&quot;</source>
        <translation>Unbekannter Speichertyp „%1“</translation>
    </message>
    <message>
        <source>The object is shorter than expected</source>
        <translation>Das Objekt ist kürzer als erwartet</translation>
    </message>
</context>
<context>
    <name>fb::storage::Errors</name>
    <message>
        <source>Unknown manifest version %1</source>
        <translation>Unbekannte Manifest-Version %1</translation>
    </message>
    <message>
        <source>The file manifest is inconsistent</source>
        <translation>Das Dateimanifest ist widersprüchlich</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot write shards (disk full?)</source>
        <translation>Die Fragmente können nicht geschrieben werden (Datenträger voll?)</translation>
    </message>
    <message>
        <source>The file key has the wrong size</source>
        <translation>Der Dateischlüssel hat die falsche Größe</translation>
    </message>
    <message>
        <source>Bad erasure scheme</source>
        <translation>Ungültiges Erasure-Coding-Schema</translation>
    </message>
    <message>
        <source>The stream header has the wrong size</source>
        <translation>Der Stream-Header hat die falsche Größe</translation>
    </message>
    <message>
        <source>SHA-256 unavailable</source>
        <translation>SHA-256 nicht verfügbar</translation>
    </message>
    <message>
        <source>The transfer was cancelled</source>
        <translation>Die Übertragung wurde abgebrochen</translation>
    </message>
    <message>
        <source>Wrong shard count</source>
        <translation>Falsche Anzahl an Fragmenten</translation>
    </message>
    <message>
        <source>Fewer than %1 intact shards: the file cannot be rebuilt</source>
        <translation>Weniger als %1 intakte Fragmente: Die Datei kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Cannot write %1 (disk full?)</source>
        <translation>%1 kann nicht geschrieben werden (Datenträger voll?)</translation>
    </message>
    <message>
        <source>Cannot rename %1</source>
        <translation>%1 kann nicht umbenannt werden</translation>
    </message>
    <message>
        <source>The encrypted object was tampered with (authentication failed)</source>
        <translation>Das verschlüsselte Objekt wurde manipuliert (Authentifizierung fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Cannot write the decrypted file (disk full?)</source>
        <translation>Die entschlüsselte Datei kann nicht geschrieben werden (Datenträger voll?)</translation>
    </message>
    <message>
        <source>The encrypted object has data after its end</source>
        <translation>Das verschlüsselte Objekt enthält Daten nach seinem Ende</translation>
    </message>
    <message>
        <source>The encrypted object has a bad header</source>
        <translation>Das verschlüsselte Objekt hat einen ungültigen Header</translation>
    </message>
    <message>
        <source>The encrypted object is truncated</source>
        <translation>Das verschlüsselte Objekt ist abgeschnitten</translation>
    </message>
    <message>
        <source>Not a file manifest</source>
        <translation>Kein Dateimanifest</translation>
    </message>
    <message>
        <source>The file manifest does not authenticate (tampered, or another wallet&apos;s)</source>
        <translation>Das Dateimanifest lässt sich nicht authentifizieren (manipuliert oder von einer anderen Wallet)</translation>
    </message>
    <message>
        <source>The manifest is of another file</source>
        <translation>Das Manifest gehört zu einer anderen Datei</translation>
    </message>
    <message>
        <source>The storage server answered HTTP %1</source>
        <translation>Der Speicherserver antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>Unreadable object listing: %1</source>
        <translation>Unlesbare Objektliste: %1</translation>
    </message>
    <message>
        <source>The download file was closed</source>
        <translation>Die Download-Datei wurde geschlossen</translation>
    </message>
    <message>
        <source>The storage server did not answer in time</source>
        <translation>Der Speicherserver hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The account key must be 32 bytes.</source>
        <translation>Der Kontoschlüssel muss 32 Byte lang sein.</translation>
    </message>
    <message>
        <source>The account key cannot be converted for encryption.</source>
        <translation>Der Kontoschlüssel kann nicht für die Verschlüsselung umgewandelt werden.</translation>
    </message>
    <message>
        <source>The provider&apos;s access parameters are not a sealed box.</source>
        <translation>Die Zugangsparameter des Anbieters sind keine versiegelte Box.</translation>
    </message>
    <message>
        <source>The provider&apos;s access parameters were sealed to another wallet, or were altered.</source>
        <translation>Die Zugangsparameter des Anbieters wurden für eine andere Wallet versiegelt oder verändert.</translation>
    </message>
    <message>
        <source>The provider&apos;s access parameters are not a JSON object.</source>
        <translation>Die Zugangsparameter des Anbieters sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The account key has the wrong size.</source>
        <translation>Der Kontoschlüssel hat die falsche Größe.</translation>
    </message>
    <message>
        <source>Transfer %1 has an unknown kind or state in the journal</source>
        <translation>Übertragung %1 hat im Journal eine unbekannte Art oder einen unbekannten Zustand</translation>
    </message>
    <message>
        <source>Cannot open the transfer journal %1: %2</source>
        <translation>Das Übertragungsjournal %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The transfer journal gave no row id</source>
        <translation>Das Übertragungsjournal lieferte keine Zeilen-ID</translation>
    </message>
    <message>
        <source>No transfer %1 in the journal</source>
        <translation>Keine Übertragung %1 im Journal</translation>
    </message>
    <message>
        <source>No transfer %1</source>
        <translation>Keine Übertragung %1</translation>
    </message>
    <message>
        <source>No manifest for this file</source>
        <translation>Kein Manifest für diese Datei</translation>
    </message>
    <message>
        <source>No shard %1 of transfer %2 in the journal</source>
        <translation>Kein Fragment %1 der Übertragung %2 im Journal</translation>
    </message>
    <message>
        <source>Shard %1 of transfer %2 has an unknown state in the journal</source>
        <translation>Fragment %1 der Übertragung %2 hat im Journal einen unbekannten Zustand</translation>
    </message>
    <message>
        <source>The download checkpoint is unusable</source>
        <translation>Der Prüfpunkt des Downloads ist unbrauchbar</translation>
    </message>
</context>
<context>
    <name>fb::storage::FileLibrary</name>
    <message>
        <source>%1 is not stored yet: a link can be made once its upload has finished.</source>
        <translation>%1 ist noch nicht gespeichert: Ein Link ist möglich, sobald der Upload abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>Übertragung %1</translation>
    </message>
    <message>
        <source>The file library is not open.</source>
        <translation>Die Dateibibliothek ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>That file is no longer in the library.</source>
        <translation>Diese Datei ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>Unlock the wallet first.</source>
        <translation>Entsperren Sie zuerst die Wallet.</translation>
    </message>
    <message>
        <source>This SLA has %1 of its %2 providers ready; files can be stored once every provider is funded.</source>
        <translation>Bei diesem SLA sind %1 von %2 Anbietern bereit; Dateien können gespeichert werden, sobald jeder Anbieter finanziert ist.</translation>
    </message>
    <message>
        <source>The storage access of provider %1 could not be opened: %2</source>
        <translation>Der Speicherzugang des Anbieters %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>no access parameters yet</source>
        <translation>noch keine Zugangsparameter</translation>
    </message>
    <message>
        <source>%1 is not a file or folder.</source>
        <translation>%1 ist weder eine Datei noch ein Ordner.</translation>
    </message>
    <message>
        <source>The library could not record %1.</source>
        <translation>Die Bibliothek konnte %1 nicht erfassen.</translation>
    </message>
    <message>
        <source>The file was stored but the library could not record it: %1</source>
        <translation>Die Datei wurde gespeichert, aber die Bibliothek konnte sie nicht erfassen: %1</translation>
    </message>
    <message>
        <source>%1 is not stored yet.</source>
        <translation>%1 ist noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>None of the providers of %1 can be reached.</source>
        <translation>Keiner der Anbieter von %1 ist erreichbar.</translation>
    </message>
    <message>
        <source>A name cannot be empty or contain &quot;/&quot;.</source>
        <translation>Ein Name darf nicht leer sein und kein „/“ enthalten.</translation>
    </message>
    <message>
        <source>The folder %1 still holds files.</source>
        <translation>Der Ordner %1 enthält noch Dateien.</translation>
    </message>
    <message>
        <source>The health of the file could not be recorded: %1</source>
        <translation>Der Zustand der Datei konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Share links need a provider that speaks S3. The providers of this file keep it in local directories, which cannot hand out web links.</source>
        <translation>Freigabelinks benötigen einen Anbieter, der S3 spricht. Die Anbieter dieser Datei bewahren sie in lokalen Verzeichnissen auf, die keine Weblinks ausgeben können.</translation>
    </message>
    <message>
        <source>The storage access of deal %1 is not open.</source>
        <translation>Der Speicherzugang des Vertrags %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The file list is being rebuilt already.</source>
        <translation>Die Dateiliste wird bereits neu aufgebaut.</translation>
    </message>
    <message>
        <source>The storage access of provider %1 is not open.</source>
        <translation>Der Speicherzugang des Anbieters %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>No provider holds a readable manifest of file %1.</source>
        <translation>Kein Anbieter hält ein lesbares Manifest der Datei %1.</translation>
    </message>
    <message>
        <source>The file list could not be updated: %1</source>
        <translation>Die Dateiliste konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>The wallet locked before the file list was rebuilt.</source>
        <translation>Das Wallet wurde gesperrt, bevor die Dateiliste neu aufgebaut war.</translation>
    </message>
</context>
<context>
    <name>fb::storage::Sql</name>
    <message>
        <source>Database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
</context>
<context>
    <name>fb::storage::TransferEngine</name>
    <message>
        <source>The transfer journal could not be written: %1</source>
        <translation>Das Übertragungsprotokoll konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>No master secret</source>
        <translation>Kein Hauptgeheimnis</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Engine not open</source>
        <translation>Übertragungsmodul nicht geöffnet</translation>
    </message>
    <message>
        <source>An erasure scheme %1+%2 needs %3 providers</source>
        <translation>Ein Erasure-Schema %1+%2 benötigt %3 Anbieter</translation>
    </message>
    <message>
        <source>Each shard needs a different provider</source>
        <translation>Jedes Fragment benötigt einen anderen Anbieter</translation>
    </message>
    <message>
        <source>Unknown provider %1</source>
        <translation>Unbekannter Anbieter %1</translation>
    </message>
    <message>
        <source>No file %1</source>
        <translation>Keine Datei %1</translation>
    </message>
    <message>
        <source>The transfer was cancelled</source>
        <translation>Die Übertragung wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 changed since its upload began; upload it again</source>
        <translation>%1 hat sich seit Beginn des Hochladens geändert; laden Sie die Datei erneut hoch</translation>
    </message>
    <message>
        <source>%1 changed while reading</source>
        <translation>%1 hat sich während des Lesens geändert</translation>
    </message>
    <message>
        <source>Provider %1 failed: %2</source>
        <translation>Anbieter %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Only %1 of the %2 shards needed are reachable and intact</source>
        <translation>Nur %1 der %2 benötigten Fragmente sind erreichbar und intakt</translation>
    </message>
    <message>
        <source>No provider holds a readable manifest of this file</source>
        <translation>Kein Anbieter hält ein lesbares Manifest dieser Datei</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot write %1 (disk full?)</source>
        <translation>%1 kann nicht geschrieben werden (Datenträger voll?)</translation>
    </message>
    <message>
        <source>The rebuilt file does not match its hash</source>
        <translation>Die wiederhergestellte Datei stimmt nicht mit ihrem Hash überein</translation>
    </message>
    <message>
        <source>Rebuilt shard %1 does not match the manifest</source>
        <translation>Das wiederhergestellte Fragment %1 stimmt nicht mit dem Manifest überein</translation>
    </message>
    <message>
        <source>No shard of this file is on %1</source>
        <translation>Kein Fragment dieser Datei liegt auf %1</translation>
    </message>
    <message>
        <source>Cannot store the manifest on %1: %2</source>
        <translation>Das Manifest kann nicht auf %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The transfer finished, but the transfer journal could not record it: %1</source>
        <translation>Die Übertragung ist abgeschlossen, aber das Übertragungsprotokoll konnte sie nicht erfassen: %1</translation>
    </message>
    <message>
        <source>Invalid byte range</source>
        <translation>Ungültiger Bytebereich</translation>
    </message>
    <message>
        <source>The file cannot be rebuilt from its shards</source>
        <translation>Die Datei kann aus ihren Fragmenten nicht wiederhergestellt werden</translation>
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
        <translation>Ein Desktop-Client für den Flashback-Speichermarktplatz: Kaufen Sie Speicher von Clouds und DePIN-Netzwerken mit durchgesetzten SLAs, bewahren Sie Ihre Dateien verschlüsselt bei mehreren Anbietern auf und bezahlen Sie aus einer integrierten Wallet.</translation>
    </message>
    <message>
        <source>Built on: %1</source>
        <translation>Basiert auf: %1</translation>
    </message>
</context>
<context>
    <name>fb::ui::CertificationPanel</name>
    <message>
        <source>Certification request</source>
        <translation>Zertifizierungsantrag</translation>
    </message>
    <message>
        <source>ISO 27001, SOC 2</source>
        <translation>ISO 27001, SOC 2</translation>
    </message>
    <message>
        <source>The certifications your business holds, separated by commas.</source>
        <translation>Die Zertifizierungen Ihres Unternehmens, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>eu-central-1, eu-west-1</source>
        <translation>eu-central-1, eu-west-1</translation>
    </message>
    <message>
        <source>The regions your consumers&apos; data may live in (at least one), separated by commas.</source>
        <translation>Die Regionen, in denen die Daten Ihrer Kunden liegen dürfen (mindestens eine), durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>How you protect personal data: GDPR, where data is kept, who can access it.</source>
        <translation>Wie Sie personenbezogene Daten schützen: DSGVO, Speicherort, wer Zugriff hat.</translation>
    </message>
    <message>
        <source>Links to your compliance documents. Del removes the selected one.</source>
        <translation>Links zu Ihren Compliance-Dokumenten. Entf entfernt den ausgewählten.</translation>
    </message>
    <message>
        <source>https://example.com/iso27001.pdf, then Enter</source>
        <translation>https://example.com/iso27001.pdf, dann Eingabe</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Adds the link to the documents</source>
        <translation>Fügt den Link zu den Dokumenten hinzu</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Shows the selected document</source>
        <translation>Zeigt das ausgewählte Dokument</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Removes the selected document (Del)</source>
        <translation>Entfernt das ausgewählte Dokument (Entf)</translation>
    </message>
    <message>
        <source>&amp;Request certification</source>
        <translation>Zertifizierung &amp;beantragen</translation>
    </message>
    <message>
        <source>Sends the request to the platform&apos;s admins, who review it.</source>
        <translation>Sendet den Antrag an die Administratoren der Plattform, die ihn prüfen.</translation>
    </message>
    <message>
        <source>&amp;Certifications:</source>
        <translation>&amp;Zertifizierungen:</translation>
    </message>
    <message>
        <source>Re&amp;gions:</source>
        <translation>Re&amp;gionen:</translation>
    </message>
    <message>
        <source>&amp;Data protection:</source>
        <translation>&amp;Datenschutz:</translation>
    </message>
    <message>
        <source>D&amp;ocuments:</source>
        <translation>D&amp;okumente:</translation>
    </message>
    <message>
        <source>Add &amp;link:</source>
        <translation>&amp;Link hinzufügen:</translation>
    </message>
    <message>
        <source>A document is an http(s) link, such as https://example.com/iso27001.pdf.</source>
        <translation>Ein Dokument ist ein http(s)-Link, etwa https://example.com/iso27001.pdf.</translation>
    </message>
    <message>
        <source>&amp;Update the request</source>
        <translation>Antrag &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Expired on %1: your offers are no longer listed. Request certification again below.</source>
        <translation>Abgelaufen am %1: Ihre Angebote werden nicht mehr aufgeführt. Beantragen Sie die Zertifizierung unten erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Approved (%1 level), but it expires in %n day(s), on %2. Request a renewal below so your offers stay listed.</source>
        <translation>
            <numerusform>Genehmigt (Stufe %1), läuft aber in %n Tag ab, am %2. Beantragen Sie unten eine Verlängerung, damit Ihre Angebote aufgeführt bleiben.</numerusform>
            <numerusform>Genehmigt (Stufe %1), läuft aber in %n Tagen ab, am %2. Beantragen Sie unten eine Verlängerung, damit Ihre Angebote aufgeführt bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved: %1 level, valid until %2. You can publish offers.</source>
        <translation>Genehmigt: Stufe %1, gültig bis %2. Sie können Angebote veröffentlichen.</translation>
    </message>
    <message>
        <source>&amp;Request a renewal</source>
        <translation>Verlängerung bean&amp;tragen</translation>
    </message>
    <message>
        <source>Rejected: %1. Correct the request below and send it again.</source>
        <translation>Abgelehnt: %1. Korrigieren Sie den Antrag unten und senden Sie ihn erneut.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>&amp;Resubmit</source>
        <translation>Erneut &amp;einreichen</translation>
    </message>
    <message>
        <source>Not certified yet. Consumers only see certified providers&apos; offers: fill in the request below and send it to the platform&apos;s admins.</source>
        <translation>Noch nicht zertifiziert. Kunden sehen nur Angebote zertifizierter Anbieter: Füllen Sie den Antrag unten aus und senden Sie ihn an die Administratoren der Plattform.</translation>
    </message>
    <message>
        <source>Name at least one region your consumers&apos; data may live in.</source>
        <translation>Nennen Sie mindestens eine Region, in der die Daten Ihrer Kunden liegen dürfen.</translation>
    </message>
    <message>
        <source>Select a document to preview.</source>
        <translation>Wählen Sie ein Dokument für die Vorschau aus.</translation>
    </message>
    <message>
        <source>Pending: the platform&apos;s admins are reviewing your request (sent %1). Offers can be published once it is approved.</source>
        <translation>Ausstehend: Die Administratoren der Plattform prüfen Ihre Anfrage (gesendet am %1). Angebote können veröffentlicht werden, sobald sie genehmigt ist.</translation>
    </message>
</context>
<context>
    <name>fb::ui::ChangePasswordDialog</name>
    <message>
        <source>Change the wallet password</source>
        <translation>Wallet-Passwort ändern</translation>
    </message>
    <message>
        <source>The keystore is encrypted again under the new password. Copies of the keystore made before still open with the old one.</source>
        <translation>Der Schlüsselspeicher wird mit dem neuen Passwort neu verschlüsselt. Zuvor erstellte Kopien lassen sich weiterhin mit dem alten öffnen.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>&amp;Bestätigen:</translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation>Mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>Passwort än&amp;dern</translation>
    </message>
    <message>
        <source>The new password needs at least 8 characters.</source>
        <translation>Das neue Passwort muss mindestens 8 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The two new passwords differ; type them again.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein; geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>The new password is the current one.</source>
        <translation>Das neue Passwort ist das aktuelle.</translation>
    </message>
    <message>
        <source>Encrypting the wallet under the new password…</source>
        <translation>Wallet wird mit dem neuen Passwort verschlüsselt…</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Das aktuelle Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The password was not changed: %1</source>
        <translation>Das Passwort wurde nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>fb::ui::ClipboardSink</name>
    <message>
        <source>&amp;Copy text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the signed transaction as base64 text (%1)</source>
        <translation>Signierte Transaktion als Base64-Text kopieren (%1)</translation>
    </message>
    <message>
        <source>Copied to the clipboard as text.</source>
        <translation>Als Text in die Zwischenablage kopiert.</translation>
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
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Show these columns:</source>
        <translation>Diese Spalten anzeigen:</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>This page has no table.</source>
        <translation>Diese Seite hat keine Tabelle.</translation>
    </message>
</context>
<context>
    <name>fb::ui::CompareDialog</name>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Compare offers</source>
        <translation>Angebote vergleichen</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Zertifizierung</translation>
    </message>
    <message>
        <source>Not certified</source>
        <translation>Nicht zertifiziert</translation>
    </message>
    <message>
        <source>Certified until %1</source>
        <translation>Zertifiziert bis %1</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Zertifiziert</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Storage / GB-month</source>
        <translation>Speicher / GB-Monat</translation>
    </message>
    <message>
        <source>Egress / GB</source>
        <translation>Egress / GB</translation>
    </message>
    <message>
        <source>QoS tier</source>
        <translation>QoS-Stufe</translation>
    </message>
    <message>
        <source>Uptime target</source>
        <translation>Verfügbarkeitsziel</translation>
    </message>
    <message>
        <source>Measured uptime</source>
        <translation>Gemessene Verfügbarkeit</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>noch nicht gemessen</translation>
    </message>
    <message>
        <source>Latency target</source>
        <translation>Latenzziel</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Measured latency</source>
        <translation>Gemessene Latenz</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Reputation</translation>
    </message>
    <message>
        <source>Free capacity</source>
        <translation>Freie Kapazität</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>%1 to %2 days</source>
        <translation>%1 bis %2 Tage</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>versioning</source>
        <translation>Versionierung</translation>
    </message>
    <message>
        <source>encryption at rest</source>
        <translation>Verschlüsselung im Ruhezustand</translation>
    </message>
    <message>
        <source>object lock</source>
        <translation>Objektsperre</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Offers side by side</source>
        <translation>Angebote im Vergleich</translation>
    </message>
    <message>
        <source>Best of the compared offers</source>
        <translation>Bester Wert der verglichenen Angebote</translation>
    </message>
    <message>
        <source>Highlighted: the best value in each row.</source>
        <translation>Hervorgehoben: der beste Wert jeder Zeile.</translation>
    </message>
    <message>
        <source>Create SLA…</source>
        <translation>SLA erstellen…</translation>
    </message>
    <message>
        <source>Create an SLA over these offers</source>
        <translation>Ein SLA über diese Angebote erstellen</translation>
    </message>
</context>
<context>
    <name>fb::ui::DealInbox</name>
    <message>
        <source>Awaiting your answer</source>
        <translation>Wartet auf Ihre Antwort</translation>
    </message>
    <message>
        <source>In progress (accepted, paid, active)</source>
        <translation>Laufend (angenommen, bezahlt, aktiv)</translation>
    </message>
    <message>
        <source>History (every deal)</source>
        <translation>Verlauf (alle Teilverträge)</translation>
    </message>
    <message>
        <source>Which deals to list</source>
        <translation>Welche Teilverträge aufgeführt werden</translation>
    </message>
    <message>
        <source>Search by deal id</source>
        <translation>Nach Teilvertrags-ID suchen</translation>
    </message>
    <message>
        <source>Lists the deals whose id contains this text</source>
        <translation>Listet die Teilverträge auf, deren ID diesen Text enthält</translation>
    </message>
    <message>
        <source>Filter by consumer (G…)</source>
        <translation>Nach Kunde filtern (G…)</translation>
    </message>
    <message>
        <source>Lists the deals of consumers whose account contains this text</source>
        <translation>Listet die Teilverträge der Kunden auf, deren Konto diesen Text enthält</translation>
    </message>
    <message>
        <source>Deal state</source>
        <translation>Status des Teilvertrags</translation>
    </message>
    <message>
        <source>In the history, lists only the deals in this state</source>
        <translation>Listet im Verlauf nur Teilverträge in diesem Status auf</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Ask the node for the newest deals (F5)</source>
        <translation>Die neuesten Teilverträge vom Knoten abrufen (F5)</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Teilverträge</translation>
    </message>
    <message>
        <source>Enter: accept the selected deal when it awaits your answer, activate it once paid.</source>
        <translation>Eingabe: den ausgewählten Teilvertrag annehmen, wenn er auf Ihre Antwort wartet, bzw. nach Bezahlung aktivieren.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>Accept: the consumer receives sealed access to your store and can pay (Alt+A, or Enter in the table)</source>
        <translation>Annehmen: Der Kunde erhält versiegelten Zugang zu Ihrem Speicher und kann bezahlen (Alt+A oder Eingabe in der Tabelle)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>A&amp;blehnen…</translation>
    </message>
    <message>
        <source>Refuse the deal and tell the consumer why (Alt+R)</source>
        <translation>Den Teilvertrag ablehnen und dem Kunden den Grund mitteilen (Alt+R)</translation>
    </message>
    <message>
        <source>A&amp;ctivate</source>
        <translation>Akti&amp;vieren</translation>
    </message>
    <message>
        <source>The consumer paid: your store is ready and the term starts now (Alt+C, or Enter in the table)</source>
        <translation>Der Kunde hat bezahlt: Ihr Speicher ist bereit und die Laufzeit beginnt jetzt (Alt+C oder Eingabe in der Tabelle)</translation>
    </message>
    <message>
        <source>No deal awaits your answer. When a consumer chooses one of your offers, it appears here (and a notification says so).</source>
        <translation>Kein Teilvertrag wartet auf Ihre Antwort. Wenn ein Kunde eines Ihrer Angebote wählt, erscheint er hier (und eine Benachrichtigung weist darauf hin).</translation>
    </message>
    <message>
        <source>No deal in progress. Accepted deals wait here for the consumer&apos;s payment, then for you to activate them.</source>
        <translation>Kein laufender Teilvertrag. Angenommene Teilverträge warten hier auf die Zahlung des Kunden und anschließend auf Ihre Aktivierung.</translation>
    </message>
    <message>
        <source>No deals yet.</source>
        <translation>Noch keine Teilverträge.</translation>
    </message>
    <message>
        <source>No deal matches the search.</source>
        <translation>Kein Teilvertrag entspricht der Suche.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Consumer %1 stores %2 with you for %n day(s), with %3 of egress.</source>
        <translation>
            <numerusform>Kunde %1 speichert %2 bei Ihnen für %n Tag, mit %3 ausgehendem Datenverkehr.</numerusform>
            <numerusform>Kunde %1 speichert %2 bei Ihnen für %n Tage, mit %3 ausgehendem Datenverkehr.</numerusform>
        </translation>
    </message>
    <message>
        <source>The consumer pays %1; you earn %2 at full QoS (platform fee %3).</source>
        <translation>Der Kunde zahlt %1; Sie verdienen %2 bei voller QoS (Plattformgebühr %3).</translation>
    </message>
    <message>
        <source>Started %1, ends %2 (%3 left). Released to you so far: %4.</source>
        <translation>Begonnen am %1, endet am %2 (noch %3). Bisher an Sie freigegeben: %4.</translation>
    </message>
    <message>
        <source>QoS so far: %1 % of probes met the targets.</source>
        <translation>Bisherige QoS: %1 % der Prüfungen erfüllten die Ziele.</translation>
    </message>
    <message>
        <source>Accepted: waiting for the consumer&apos;s payment.</source>
        <translation>Angenommen: wartet auf die Zahlung des Kunden.</translation>
    </message>
    <message>
        <source>Paid: activate it once your store is ready; the term starts then.</source>
        <translation>Bezahlt: Aktivieren Sie ihn, sobald Ihr Speicher bereit ist; dann beginnt die Laufzeit.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>No storage endpoint is set up on this computer for your provider account, so there is no access to hand the consumer. Set it up on the Overview tab.</source>
        <translation>Auf diesem Computer ist kein Speicherendpunkt für Ihr Anbieterkonto eingerichtet, daher gibt es keinen Zugang für den Kunden. Richten Sie ihn auf der Registerkarte Übersicht ein.</translation>
    </message>
    <message>
        <source>S3 secret key</source>
        <translation>Geheimer S3-Schlüssel</translation>
    </message>
    <message>
        <source>Accepting %1…</source>
        <translation>%1 wird angenommen…</translation>
    </message>
    <message>
        <source>Accepted %1: the consumer received sealed access and can now pay.</source>
        <translation>%1 angenommen: Der Kunde hat versiegelten Zugang erhalten und kann jetzt bezahlen.</translation>
    </message>
    <message>
        <source>Reject deal</source>
        <translation>Teilvertrag ablehnen</translation>
    </message>
    <message>
        <source>Why do you reject %1? The consumer reads this.</source>
        <translation>Warum lehnen Sie %1 ab? Der Kunde liest dies.</translation>
    </message>
    <message>
        <source>A rejection needs a reason the consumer can act on.</source>
        <translation>Eine Ablehnung braucht einen Grund, mit dem der Kunde etwas anfangen kann.</translation>
    </message>
    <message>
        <source>Rejected %1: the consumer was told why.</source>
        <translation>%1 abgelehnt: Dem Kunden wurde der Grund mitgeteilt.</translation>
    </message>
    <message>
        <source>Activated %1: the term started and QoS probes begin.</source>
        <translation>%1 aktiviert: Die Laufzeit hat begonnen und die QoS-Prüfungen starten.</translation>
    </message>
    <message>
        <source>The secret key of %1 (kept in memory until the wallet locks):</source>
        <translation>Der geheime Schlüssel von %1 (im Speicher gehalten, bis das Wallet gesperrt wird):</translation>
    </message>
</context>
<context>
    <name>fb::ui::DisputeDialog</name>
    <message>
        <source>Open a dispute</source>
        <translation>Streitfall eröffnen</translation>
    </message>
    <message>
        <source>An arbiter reads your account and the measured QoS, then decides: refund you, slash the provider, or dismiss.</source>
        <translation>Ein Schiedsrichter liest Ihre Darstellung und die gemessene QoS und entscheidet dann: Erstattung an Sie, Kürzung beim Anbieter oder Abweisung.</translation>
    </message>
    <message>
        <source>Deal in dispute</source>
        <translation>Teilvertrag im Streitfall</translation>
    </message>
    <message>
        <source>%1 — %2 (deal %3)</source>
        <translation>%1 — %2 (Teilvertrag %3)</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Was ist schiefgelaufen</translation>
    </message>
    <message>
        <source>Data unavailable or too slow</source>
        <translation>Daten nicht verfügbar oder zu langsam</translation>
    </message>
    <message>
        <source>Data lost or corrupted</source>
        <translation>Daten verloren oder beschädigt</translation>
    </message>
    <message>
        <source>Billing or terms not honoured</source>
        <translation>Abrechnung oder Bedingungen nicht eingehalten</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>What happened, and when? (required)</source>
        <translation>Was ist wann passiert? (erforderlich)</translation>
    </message>
    <message>
        <source>&amp;Deal:</source>
        <translation>&amp;Teilvertrag:</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>&amp;Problem:</translation>
    </message>
    <message>
        <source>D&amp;etails:</source>
        <translation>D&amp;etails:</translation>
    </message>
    <message>
        <source>Evidence attached:</source>
        <translation>Angehängte Nachweise:</translation>
    </message>
    <message>
        <source>&amp;Open dispute</source>
        <translation>Streit&amp;fall eröffnen</translation>
    </message>
    <message>
        <source>No QoS samples since the deal started yet.</source>
        <translation>Seit Beginn des Teilvertrags noch keine QoS-Messungen.</translation>
    </message>
    <message>
        <source>Compliance with the QoS targets since the start: %1.</source>
        <translation>Einhaltung der QoS-Ziele seit Beginn: %1.</translation>
    </message>
    <message>
        <source>The measured QoS could not be fetched (%1); the platform attaches it when the dispute is opened.</source>
        <translation>Die gemessene QoS konnte nicht abgerufen werden (%1); die Plattform hängt sie beim Eröffnen des Streitfalls an.</translation>
    </message>
    <message numerus="yes">
        <source>Since %1: %n probe(s), uptime %2 (target %3), average latency %4 ms (target %5 ms), compliance %6. %7</source>
        <translation>
            <numerusform>Seit %1: %n Prüfung, Verfügbarkeit %2 (Ziel %3), mittlere Latenz %4 ms (Ziel %5 ms), Konformität %6. %7</numerusform>
            <numerusform>Seit %1: %n Prüfungen, Verfügbarkeit %2 (Ziel %3), mittlere Latenz %4 ms (Ziel %5 ms), Konformität %6. %7</numerusform>
        </translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>The targets are met.</source>
        <translation>Die Ziele werden erreicht.</translation>
    </message>
    <message>
        <source>The targets are missed.</source>
        <translation>Die Ziele werden verfehlt.</translation>
    </message>
    <message>
        <source>%1: %2
Evidence seen by the consumer: %3</source>
        <translation>%1: %2
Vom Kunden gesehene Nachweise: %3</translation>
    </message>
</context>
<context>
    <name>fb::ui::FileListWidget</name>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>The size of the file</source>
        <translation>Die Größe der Datei</translation>
    </message>
    <message>
        <source>What your providers keep of the file: every copy, or the shards and their parity</source>
        <translation>Was Ihre Anbieter von der Datei speichern: jede Kopie oder die Fragmente samt Parität</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Drop files here</source>
        <translation>Dateien hier ablegen</translation>
    </message>
</context>
<context>
    <name>fb::ui::FileSink</name>
    <message>
        <source>Save the signed transaction</source>
        <translation>Signierte Transaktion speichern</translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation>In Datei &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the signed transaction to a file, in the form it came in, to carry it to the online computer (%1)</source>
        <translation>Signierte Transaktion im ursprünglichen Format in einer Datei speichern, um sie zum Online-Computer zu bringen (%1)</translation>
    </message>
    <message>
        <source>The signed transaction could not be saved to %1: %2. Choose another place; the signature is kept until you do.</source>
        <translation>Die signierte Transaktion konnte nicht in %1 gespeichert werden: %2. Wählen Sie einen anderen Ort; die Signatur bleibt bis dahin erhalten.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>In %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>fb::ui::FileSource</name>
    <message>
        <source>Open an unsigned transaction</source>
        <translation>Unsignierte Transaktion öffnen</translation>
    </message>
    <message>
        <source>Transactions (*.xdr *.txt *.b64 *.txn *.tx *.psbt *.json);;All files (*)</source>
        <translation>Transaktionen (*.xdr *.txt *.b64 *.txn *.tx *.psbt *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1 is %2 MiB: far larger than a transaction. Choose the unsigned transaction file itself.</source>
        <translation>%1 ist %2 MiB groß: weit größer als eine Transaktion. Wählen Sie die unsignierte Transaktionsdatei selbst.</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>Open an unsigned transaction file: a Stellar XDR envelope, an Algorand transaction file, a PSBT, a Starknet INVOKE v3 (JSON) or a signing request (%1). You can also drop the file on this window.</source>
        <translation>Eine unsignierte Transaktionsdatei öffnen: einen Stellar-XDR-Umschlag, eine Algorand-Transaktionsdatei, eine PSBT, ein Starknet-INVOKE-v3 (JSON) oder eine Signaturanfrage (%1). Sie können die Datei auch auf dieses Fenster ziehen.</translation>
    </message>
</context>
<context>
    <name>fb::ui::FilesPage</name>
    <message>
        <source>Download is possible once the upload has finished</source>
        <translation>Herunterladen ist möglich, sobald der Upload abgeschlossen ist</translation>
    </message>
    <message>
        <source>Make a web link to the selected file, valid for a week</source>
        <translation>Einen Weblink zur ausgewählten Datei erstellen, eine Woche gültig</translation>
    </message>
    <message>
        <source>%1 file, %2 kept with your providers</source>
        <translation>Datei mit %1, %2 bei Ihren Anbietern gespeichert</translation>
    </message>
    <message>
        <source>A transfer stopped when Flashback closed. It is paused: Resume all continues it after your password.</source>
        <translation>Eine Übertragung wurde beim Beenden von Flashback unterbrochen. Sie ist pausiert: Alle fortsetzen setzt sie nach Ihrem Passwort fort.</translation>
    </message>
    <message>
        <source>%1 transfers stopped when Flashback closed. They are paused: Resume all continues them after your password.</source>
        <translation>%1 Übertragungen wurden beim Beenden von Flashback unterbrochen. Sie sind pausiert: Alle fortsetzen setzt sie nach Ihrem Passwort fort.</translation>
    </message>
    <message>
        <source>Encrypting and coding…</source>
        <translation>Verschlüsseln und Kodieren…</translation>
    </message>
    <message>
        <source>Saving the manifest…</source>
        <translation>Manifest wird gespeichert…</translation>
    </message>
    <message>
        <source>Reading the manifest…</source>
        <translation>Manifest wird gelesen…</translation>
    </message>
    <message>
        <source>Decoding and decrypting…</source>
        <translation>Dekodieren und Entschlüsseln…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Files are encrypted on this computer, then spread across your providers.</source>
        <translation>Dateien werden auf diesem Computer verschlüsselt und dann auf Ihre Anbieter verteilt.</translation>
    </message>
    <message>
        <source>No wallet yet</source>
        <translation>Noch keine Wallet</translation>
    </message>
    <message>
        <source>Your files are encrypted with keys from your wallet. Set up a wallet, then buy storage from providers.</source>
        <translation>Ihre Dateien werden mit Schlüsseln aus Ihrer Wallet verschlüsselt. Richten Sie eine Wallet ein und kaufen Sie dann Speicher bei Anbietern.</translation>
    </message>
    <message>
        <source>Set up a wallet</source>
        <translation>Wallet einrichten</translation>
    </message>
    <message>
        <source>No storage yet</source>
        <translation>Noch kein Speicher</translation>
    </message>
    <message>
        <source>To store files you need a funded SLA with at least one provider. Once it is funded, drop files here or use Upload.</source>
        <translation>Zum Speichern von Dateien benötigen Sie ein finanziertes SLA mit mindestens einem Anbieter. Sobald es finanziert ist, legen Sie Dateien hier ab oder verwenden Sie Hochladen.</translation>
    </message>
    <message>
        <source>Buy storage…</source>
        <translation>Speicher kaufen…</translation>
    </message>
    <message>
        <source>See my SLAs</source>
        <translation>Meine SLAs anzeigen</translation>
    </message>
    <message>
        <source>File actions</source>
        <translation>Dateiaktionen</translation>
    </message>
    <message>
        <source>Search files by name</source>
        <translation>Dateien nach Namen suchen</translation>
    </message>
    <message>
        <source>Search files…</source>
        <translation>Dateien suchen…</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Files in the current folder</source>
        <translation>Dateien im aktuellen Ordner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>A file has %1 of its %2 shards reachable.</source>
        <translation>Bei einer Datei sind nur %1 von %2 Fragmenten erreichbar.</translation>
    </message>
    <message>
        <source>Some objects could not be removed from the providers: %1</source>
        <translation>Einige Objekte konnten bei den Anbietern nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Upload files</source>
        <translation>Dateien hochladen</translation>
    </message>
    <message>
        <source>Upload folder</source>
        <translation>Ordner hochladen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Upload a folder</source>
        <translation>Einen Ordner hochladen</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Download into</source>
        <translation>Herunterladen nach</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Ordnername:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Move to folder:</source>
        <translation>In Ordner verschieben:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Share link</source>
        <translation>Freigabelink</translation>
    </message>
    <message>
        <source>Refresh health</source>
        <translation>Zustand aktualisieren</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message numerus="yes">
        <source>%n copies</source>
        <translation>
            <numerusform>%n Kopie</numerusform>
            <numerusform>%n Kopien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shards</source>
        <translation>%1 von %2 Fragmenten</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Double-click to open %1</source>
        <translation>Doppelklicken, um %1 zu öffnen</translation>
    </message>
    <message>
        <source>%1/%2 shards</source>
        <translation>%1/%2 Fragmente</translation>
    </message>
    <message>
        <source>Every shard is reachable.</source>
        <translation>Alle Fragmente sind erreichbar.</translation>
    </message>
    <message>
        <source>%1 of %2 shards are reachable.</source>
        <translation>%1 von %2 Fragmenten sind erreichbar.</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Wird hochgeladen</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Wird gelöscht</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>No file matches “%1”</source>
        <translation>Keine Datei entspricht „%1“</translation>
    </message>
    <message>
        <source>Drop files here
or use Upload (%1)</source>
        <translation>Dateien hier ablegen
oder Hochladen verwenden (%1)</translation>
    </message>
    <message>
        <source>Set up a wallet first.</source>
        <translation>Richten Sie zuerst eine Wallet ein.</translation>
    </message>
    <message>
        <source>Unlock your files</source>
        <translation>Dateien entsperren</translation>
    </message>
    <message>
        <source>Cannot unlock</source>
        <translation>Entsperren nicht möglich</translation>
    </message>
    <message>
        <source>The files cannot be unlocked.</source>
        <translation>Die Dateien können nicht entsperrt werden.</translation>
    </message>
    <message>
        <source>Some providers cannot be reached: %1</source>
        <translation>Einige Anbieter sind nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Choose an SLA in the folder tree first.</source>
        <translation>Wählen Sie zuerst ein SLA in der Ordnerstruktur.</translation>
    </message>
    <message>
        <source>Cannot upload %1: %2</source>
        <translation>%1 kann nicht hochgeladen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird hochgeladen…</numerusform>
            <numerusform>%n Dateien werden hochgeladen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot download %1: %2</source>
        <translation>%1 kann nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>Cannot rename</source>
        <translation>Umbenennen nicht möglich</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <source>Delete this file?</source>
        <translation>Diese Datei löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n file(s)?</source>
        <translation>
            <numerusform>%n Datei löschen?</numerusform>
            <numerusform>%n Dateien löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete files</source>
        <translation>Dateien löschen</translation>
    </message>
    <message>
        <source>The encrypted copies are removed from every provider. This cannot be undone.</source>
        <translation>Die verschlüsselten Kopien werden bei allen Anbietern entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Checking which shards are reachable…</source>
        <translation>Erreichbarkeit der Fragmente wird geprüft…</translation>
    </message>
    <message>
        <source>%1 is stored with your providers.</source>
        <translation>%1 ist bei Ihren Anbietern gespeichert.</translation>
    </message>
    <message>
        <source>%1 was saved to %2.</source>
        <translation>%1 wurde unter %2 gespeichert.</translation>
    </message>
    <message>
        <source>The upload of %1 failed: %2</source>
        <translation>Das Hochladen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The download of %1 failed: %2</source>
        <translation>Das Herunterladen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Flashback transfers</source>
        <translation>Flashback-Übertragungen</translation>
    </message>
    <message>
        <source>Transfer finished</source>
        <translation>Übertragung abgeschlossen</translation>
    </message>
    <message>
        <source>Transfer failed</source>
        <translation>Übertragung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Transfers are limited to %1/s.</source>
        <translation>Übertragungen sind auf %1/s begrenzt.</translation>
    </message>
    <message>
        <source>Transfers run at full speed.</source>
        <translation>Übertragungen laufen mit voller Geschwindigkeit.</translation>
    </message>
    <message>
        <source>Some files could not be checked: %1</source>
        <translation>Einige Dateien konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Unlocking your files…</source>
        <translation>Dateien werden entsperrt…</translation>
    </message>
    <message>
        <source>Your files are unlocked.</source>
        <translation>Ihre Dateien sind entsperrt.</translation>
    </message>
    <message>
        <source>Agreement %1</source>
        <translation>Vereinbarung %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (agreement %2)</source>
        <translation>%1 (Vereinbarung %2)</translation>
    </message>
    <message>
        <source>Enter your wallet password. Your files are encrypted with keys derived from your wallet; they stay unlocked until the wallet locks.</source>
        <translation>Geben Sie Ihr Wallet-Passwort ein. Ihre Dateien werden mit Schlüsseln verschlüsselt, die aus Ihrem Wallet abgeleitet sind; sie bleiben entsperrt, bis das Wallet gesperrt wird.</translation>
    </message>
    <message>
        <source>The wallet locked before your files were unlocked.</source>
        <translation>Das Wallet wurde gesperrt, bevor Ihre Dateien entsperrt waren.</translation>
    </message>
    <message>
        <source>Paused when the wallet locked. It continues from what was already transferred once you unlock the wallet.</source>
        <translation>Beim Sperren des Wallets pausiert. Sie wird ab dem bereits Übertragenen fortgesetzt, sobald Sie das Wallet entsperren.</translation>
    </message>
    <message numerus="yes">
        <source>The wallet locked: your files&apos; keys are wiped and %n transfer(s) paused. They continue when you unlock the wallet.</source>
        <translation>
            <numerusform>Das Wallet wurde gesperrt: Die Schlüssel Ihrer Dateien sind gelöscht und %n Übertragung ist pausiert. Sie wird fortgesetzt, wenn Sie das Wallet entsperren.</numerusform>
            <numerusform>Das Wallet wurde gesperrt: Die Schlüssel Ihrer Dateien sind gelöscht und %n Übertragungen sind pausiert. Sie werden fortgesetzt, wenn Sie das Wallet entsperren.</numerusform>
        </translation>
    </message>
    <message>
        <source>The wallet locked: your files&apos; keys are wiped.</source>
        <translation>Das Wallet wurde gesperrt: Die Schlüssel Ihrer Dateien sind gelöscht.</translation>
    </message>
    <message>
        <source>%1 in “%2”</source>
        <translation>%1 in „%2“</translation>
    </message>
</context>
<context>
    <name>fb::ui::GuideWindow</name>
    <message>
        <source>Flashback Help</source>
        <translation>Flashback-Hilfe</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Find in the guide (Ctrl+F)</source>
        <translation>Im Handbuch suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Im Handbuch suchen</translation>
    </message>
    <message>
        <source>Enter: next match. Shift+Enter: previous match.</source>
        <translation>Eingabe: nächster Treffer. Umschalt+Eingabe: vorheriger Treffer.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
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
        <translation>Speicher kaufen und Dateien aufbewahren (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Sell storage and manage offers (Ctrl+Shift+P)</source>
        <translation>Speicher verkaufen und Angebote verwalten (Ctrl+Shift+P)</translation>
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
        <translation>Plattformverbindung</translation>
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
        <source>&amp;New storage agreement…</source>
        <translation>&amp;Neuer Speichervertrag…</translation>
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
        <translation>Ü&amp;ber Flashback</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Sign a &amp;transaction…</source>
        <translation>&amp;Transaktion signieren…</translation>
    </message>
    <message>
        <source>Review and sign a transaction file or text, then export it</source>
        <translation>Eine Transaktionsdatei oder einen Transaktionstext prüfen, signieren und exportieren</translation>
    </message>
    <message>
        <source>Restart as &amp;offline signer…</source>
        <translation>Als &amp;Offline-Signierer neu starten…</translation>
    </message>
    <message>
        <source>Restart with only the wallet and the signer: no node, no network</source>
        <translation>Nur mit Wallet und Signierer neu starten: kein Knoten, kein Netzwerk</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected text or rows</source>
        <translation>Ausgewählten Text oder Zeilen kopieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Go to the search field of this page</source>
        <translation>Zum Suchfeld dieser Seite wechseln</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>S&amp;palten…</translation>
    </message>
    <message>
        <source>Show or hide the columns of this page&apos;s table</source>
        <translation>Spalten der Tabelle dieser Seite ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Willkommen…</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentation</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>Open &amp;Logs Folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>The logs are in %1.</source>
        <translation>Die Protokolle befinden sich in %1.</translation>
    </message>
    <message>
        <source>The app&apos;s log files, for a problem report</source>
        <translation>Die Protokolldateien der App, für einen Problembericht</translation>
    </message>
    <message>
        <source>&amp;Report a Problem…</source>
        <translation>Problem &amp;melden…</translation>
    </message>
    <message>
        <source>Nothing to search here yet</source>
        <translation>Hier gibt es noch nichts zu suchen</translation>
    </message>
    <message>
        <source>This page has nothing to search</source>
        <translation>Auf dieser Seite gibt es nichts zu suchen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Lock wallet now</source>
        <translation>Wallet jetzt &amp;sperren</translation>
    </message>
</context>
<context>
    <name>fb::ui::MarketplacePage</name>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Show or hide the filter panel</source>
        <translation>Filterbereich ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>Filter anzeigen</translation>
    </message>
    <message>
        <source>&amp;Provider…</source>
        <translation>Anb&amp;ieter…</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Compare storage offers from certified clouds and DePIN networks.</source>
        <translation>Vergleichen Sie Speicherangebote zertifizierter Clouds und DePIN-Netzwerke.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Not connected — the local network is starting. Offers appear here as soon as the app has synced with the platform; if this takes long, check the platform node in Settings.</source>
        <translation>Nicht verbunden – das lokale Netzwerk startet. Angebote erscheinen hier, sobald die App mit der Plattform synchronisiert ist; dauert das lange, prüfen Sie den Plattformknoten in den Einstellungen.</translation>
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
        <source>No offers yet</source>
        <translation>Noch keine Angebote</translation>
    </message>
    <message>
        <source>Offers appear here as soon as the app has synced with the platform. If this takes long, check the platform connection in Settings.</source>
        <translation>Angebote erscheinen hier, sobald die App mit der Plattform synchronisiert ist. Dauert das lange, prüfen Sie die Plattformverbindung in den Einstellungen.</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Select up to four offers to compare them or create an SLA; Enter opens the provider.</source>
        <translation>Wählen Sie bis zu vier Angebote aus, um sie zu vergleichen oder ein SLA zu erstellen; die Eingabetaste öffnet den Anbieter.</translation>
    </message>
    <message>
        <source>No offers match</source>
        <translation>Keine passenden Angebote</translation>
    </message>
    <message>
        <source>No offer meets every filter. Loosen a filter or clear them all.</source>
        <translation>Kein Angebot erfüllt alle Filter. Lockern Sie einen Filter oder setzen Sie alle zurück.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show every offer again</source>
        <translation>Wieder alle Angebote anzeigen</translation>
    </message>
    <message>
        <source>Show the provider of the current offer (Enter)</source>
        <translation>Anbieter des aktuellen Angebots anzeigen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Show provider</source>
        <translation>Anbieter anzeigen</translation>
    </message>
    <message>
        <source>Compare the selected offers side by side (2 to 4)</source>
        <translation>Ausgewählte Angebote nebeneinander vergleichen (2 bis 4)</translation>
    </message>
    <message>
        <source>Compare selected offers</source>
        <translation>Ausgewählte Angebote vergleichen</translation>
    </message>
    <message>
        <source>Create an SLA that stores data across the selected offers (up to 4)</source>
        <translation>Ein SLA erstellen, das die Daten über die ausgewählten Angebote verteilt (bis zu 4)</translation>
    </message>
    <message>
        <source>Create SLA from selected offers</source>
        <translation>SLA aus den ausgewählten Angeboten erstellen</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>1 offer</source>
        <translation>1 Angebot</translation>
    </message>
    <message>
        <source>%1 offers</source>
        <translation>%1 Angebote</translation>
    </message>
    <message>
        <source>You can pick up to %1 offers at a time.</source>
        <translation>Sie können bis zu %1 Angebote gleichzeitig auswählen.</translation>
    </message>
    <message>
        <source>Select up to %1 offers (Ctrl+click) to compare them or create an SLA.</source>
        <translation>Wählen Sie bis zu %1 Angebote aus (Ctrl+Klick), um sie zu vergleichen oder ein SLA zu erstellen.</translation>
    </message>
    <message>
        <source>1 offer selected (up to %1).</source>
        <translation>1 Angebot ausgewählt (bis zu %1).</translation>
    </message>
    <message>
        <source>%1 offers selected (up to %2).</source>
        <translation>%1 Angebote ausgewählt (bis zu %2).</translation>
    </message>
    <message>
        <source>Storage &amp;offers</source>
        <translation>Spei&amp;cherangebote</translation>
    </message>
    <message>
        <source>Storage offers from certified clouds and DePIN networks</source>
        <translation>Speicherangebote zertifizierter Clouds und DePIN-Netzwerke</translation>
    </message>
    <message>
        <source>Vendors of migration, analytics and compliance tools</source>
        <translation>Anbieter von Migrations-, Analyse- und Compliance-Tools</translation>
    </message>
    <message>
        <source>Loading offers…</source>
        <translation>Angebote werden geladen…</translation>
    </message>
    <message>
        <source>Opening this computer&apos;s copy of the marketplace.</source>
        <translation>Die Kopie des Marktplatzes auf diesem Computer wird geöffnet.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Create SL&amp;A…</source>
        <translation>S&amp;LA erstellen…</translation>
    </message>
    <message>
        <source>Serv&amp;ices</source>
        <translation>Diens&amp;te</translation>
    </message>
</context>
<context>
    <name>fb::ui::MarketplaceServices</name>
    <message>
        <source>&amp;Certified only</source>
        <translation>Nur &amp;zertifizierte</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Service vendors appear here once the app has synced with the platform. If this takes long, check the platform node in Settings.</source>
        <translation>Dienstanbieter erscheinen hier, sobald die App mit der Plattform synchronisiert ist. Dauert dies lange, prüfen Sie den Plattformknoten in den Einstellungen.</translation>
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
        <source>No service vendors yet</source>
        <translation>Noch keine Dienstanbieter</translation>
    </message>
    <message>
        <source>Vendors of migration, analytics and compliance tools for storage consumers are listed here once they register. To sell a service yourself, switch to the Provider role and choose &quot;Service vendor&quot; on the first page of the registration.</source>
        <translation>Anbieter von Migrations-, Analyse- und Compliance-Tools für Speicherkunden werden hier aufgeführt, sobald sie sich registrieren. Um selbst einen Dienst zu verkaufen, wechseln Sie zur Rolle Anbieter und wählen Sie auf der ersten Seite der Registrierung „Dienstanbieter“.</translation>
    </message>
    <message>
        <source>No vendor matches</source>
        <translation>Kein passender Anbieter</translation>
    </message>
    <message>
        <source>No service vendor matches this search. Clear the search or show uncertified vendors too.</source>
        <translation>Kein Dienstanbieter entspricht dieser Suche. Löschen Sie die Suche oder zeigen Sie auch nicht zertifizierte Anbieter an.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche löschen</translation>
    </message>
    <message>
        <source>Search vendors and their services</source>
        <translation>Anbieter und ihre Dienste durchsuchen</translation>
    </message>
    <message>
        <source>Lists the vendors whose name, services, jurisdiction or account contains this text</source>
        <translation>Listet die Anbieter auf, deren Name, Dienste, Gerichtsstand oder Konto diesen Text enthält</translation>
    </message>
    <message>
        <source>Only vendors whose certification is approved and unexpired</source>
        <translation>Nur Anbieter mit genehmigter und gültiger Zertifizierung</translation>
    </message>
    <message>
        <source>Service vendors</source>
        <translation>Dienstanbieter</translation>
    </message>
    <message numerus="yes">
        <source>%n vendor(s)</source>
        <translation>
            <numerusform>%n Anbieter</numerusform>
            <numerusform>%n Anbieter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::OfferEditorDialog</name>
    <message>
        <source>New offer</source>
        <translation>Neues Angebot</translation>
    </message>
    <message>
        <source>Duplicate offer</source>
        <translation>Angebot duplizieren</translation>
    </message>
    <message>
        <source>Edit offer</source>
        <translation>Angebot bearbeiten</translation>
    </message>
    <message>
        <source>What consumers see in the Marketplace.</source>
        <translation>Was Kunden im Marktplatz sehen.</translation>
    </message>
    <message>
        <source>The region the data lives in, as consumers filter by it.</source>
        <translation>Die Region, in der die Daten liegen, nach der Kunden filtern.</translation>
    </message>
    <message>
        <source>ISO country code of the site (two letters).</source>
        <translation>ISO-Ländercode des Standorts (zwei Buchstaben).</translation>
    </message>
    <message>
        <source>Consumers reach the store with %1.</source>
        <translation>Kunden erreichen den Speicher über %1.</translation>
    </message>
    <message>
        <source>US dollars per GB stored for 30 days, up to 7 decimals (0.023 = 2.3 cents).</source>
        <translation>US-Dollar pro GB, 30 Tage gespeichert, bis zu 7 Dezimalstellen (0.023 = 2,3 Cent).</translation>
    </message>
    <message>
        <source>US dollars per GB downloaded by the consumer.</source>
        <translation>US-Dollar pro vom Kunden heruntergeladenem GB.</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>How much you sell through this offer (1 GB = 10^9 bytes).</source>
        <translation>Wie viel Sie über dieses Angebot verkaufen (1 GB = 10^9 Bytes).</translation>
    </message>
    <message>
        <source>The service level you promise; choosing one fills in its usual targets.</source>
        <translation>Das zugesagte Service-Level; die Auswahl füllt die üblichen Ziele aus.</translation>
    </message>
    <message>
        <source>The share of QoS probes that must succeed. Missing it withholds part of your earnings.</source>
        <translation>Der Anteil der QoS-Prüfungen, die erfolgreich sein müssen. Wird er verfehlt, wird ein Teil Ihrer Einnahmen einbehalten.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>The slowest answer a QoS probe may get.</source>
        <translation>Die langsamste zulässige Antwort auf eine QoS-Prüfung.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Consumers may pay in %1.</source>
        <translation>Kunden können in %1 bezahlen.</translation>
    </message>
    <message>
        <source>Encryption at rest</source>
        <translation>Verschlüsselung im Ruhezustand</translation>
    </message>
    <message>
        <source>Versioning</source>
        <translation>Versionierung</translation>
    </message>
    <message>
        <source>Object lock</source>
        <translation>Objektsperre</translation>
    </message>
    <message>
        <source>Where the QoS oracle probes this offer: your tested store.</source>
        <translation>Wo das QoS-Orakel dieses Angebot prüft: Ihr getesteter Speicher.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>L&amp;and:</translation>
    </message>
    <message>
        <source>Protocols:</source>
        <translation>Protokolle:</translation>
    </message>
    <message>
        <source>&amp;Storage price (USD/GB-month):</source>
        <translation>&amp;Speicherpreis (USD/GB-Monat):</translation>
    </message>
    <message>
        <source>&amp;Egress price (USD/GB):</source>
        <translation>Preis für ausgehenden &amp;Datenverkehr (USD/GB):</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Kapazität:</translation>
    </message>
    <message>
        <source>&amp;QoS tier:</source>
        <translation>&amp;QoS-Stufe:</translation>
    </message>
    <message>
        <source>&amp;Uptime target:</source>
        <translation>Ver&amp;fügbarkeitsziel:</translation>
    </message>
    <message>
        <source>&amp;Latency target:</source>
        <translation>&amp;Latenzziel:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>Lauf&amp;zeit:</translation>
    </message>
    <message>
        <source>Currencies:</source>
        <translation>Währungen:</translation>
    </message>
    <message>
        <source>Features:</source>
        <translation>Funktionen:</translation>
    </message>
    <message>
        <source>End&amp;point:</source>
        <translation>End&amp;punkt:</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen spei&amp;chern</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Give the offer a name.</source>
        <translation>Geben Sie dem Angebot einen Namen.</translation>
    </message>
    <message>
        <source>Enter the region the data lives in.</source>
        <translation>Geben Sie die Region ein, in der die Daten liegen.</translation>
    </message>
    <message>
        <source>Choose at least one protocol.</source>
        <translation>Wählen Sie mindestens ein Protokoll.</translation>
    </message>
    <message>
        <source>Prices are US dollars with up to 7 decimals, such as 0.023.</source>
        <translation>Preise sind US-Dollar mit bis zu 7 Dezimalstellen, etwa 0.023.</translation>
    </message>
    <message>
        <source>Accept at least one currency.</source>
        <translation>Akzeptieren Sie mindestens eine Währung.</translation>
    </message>
    <message>
        <source>The minimum duration is longer than the maximum.</source>
        <translation>Die Mindestlaufzeit ist länger als die Höchstlaufzeit.</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::OfferFilterPanel</name>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Only offers in this region</source>
        <translation>Nur Angebote in dieser Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Only offers whose data stays in this country</source>
        <translation>Nur Angebote, deren Daten in diesem Land bleiben</translation>
    </message>
    <message>
        <source>Minimum QoS tier</source>
        <translation>Minimale QoS-Stufe</translation>
    </message>
    <message>
        <source>Only offers of this QoS tier or better</source>
        <translation>Nur Angebote dieser QoS-Stufe oder besser</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Only offers speaking this storage protocol</source>
        <translation>Nur Angebote, die dieses Speicherprotokoll unterstützen</translation>
    </message>
    <message>
        <source>Certified providers only</source>
        <translation>Nur zertifizierte Anbieter</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Gespeicherte Filter</translation>
    </message>
    <message>
        <source>Apply a filter you saved</source>
        <translation>Einen gespeicherten Filter anwenden</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Search offers, providers</source>
        <translation>Angebote, Anbieter suchen</translation>
    </message>
    <message>
        <source>Search offers</source>
        <translation>Angebote suchen</translation>
    </message>
    <message>
        <source>Matches offer and provider names (Ctrl+F)</source>
        <translation>Durchsucht Angebots- und Anbieternamen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Jede Stufe</translation>
    </message>
    <message>
        <source>Bronze or better</source>
        <translation>Bronze oder besser</translation>
    </message>
    <message>
        <source>Silver or better</source>
        <translation>Silber oder besser</translation>
    </message>
    <message>
        <source>Gold or better</source>
        <translation>Gold oder besser</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>Platin</translation>
    </message>
    <message>
        <source>Only providers whose certification is approved and not expired</source>
        <translation>Nur Anbieter, deren Zertifizierung genehmigt und nicht abgelaufen ist</translation>
    </message>
    <message>
        <source>Any price</source>
        <translation>Beliebiger Preis</translation>
    </message>
    <message>
        <source>Maximum storage price per GB-month</source>
        <translation>Maximaler Speicherpreis pro GB-Monat</translation>
    </message>
    <message>
        <source>Highest storage price per GB and month; 0 means any</source>
        <translation>Höchster Speicherpreis pro GB und Monat; 0 bedeutet beliebig</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Minimum reputation</source>
        <translation>Mindestreputation</translation>
    </message>
    <message>
        <source>Lowest provider reputation (0 to 100); 0 means any</source>
        <translation>Niedrigste Anbieterreputation (0 bis 100); 0 bedeutet beliebig</translation>
    </message>
    <message>
        <source> TB</source>
        <translation> TB</translation>
    </message>
    <message>
        <source>Minimum free capacity in terabytes</source>
        <translation>Minimale freie Kapazität in Terabyte</translation>
    </message>
    <message>
        <source>Only offers with at least this much free capacity; 0 means any</source>
        <translation>Nur Angebote mit mindestens so viel freier Kapazität; 0 bedeutet beliebig</translation>
    </message>
    <message>
        <source>Save the current filter</source>
        <translation>Aktuellen Filter speichern</translation>
    </message>
    <message>
        <source>Save the current filter under a name</source>
        <translation>Aktuellen Filter unter einem Namen speichern</translation>
    </message>
    <message>
        <source>Delete the selected saved filter</source>
        <translation>Ausgewählten gespeicherten Filter löschen</translation>
    </message>
    <message>
        <source>Show every offer again</source>
        <translation>Wieder alle Angebote anzeigen</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>Minimum &amp;tier</source>
        <translation>Minimale &amp;Stufe</translation>
    </message>
    <message>
        <source>Max storage price / GB-month</source>
        <translation>Max. Speicherpreis / GB-Monat</translation>
    </message>
    <message>
        <source>Min reputation</source>
        <translation>Min. Reputation</translation>
    </message>
    <message>
        <source>Min free capacity</source>
        <translation>Min. freie Kapazität</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Jede Region</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Jedes Land</translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation>Jedes Protokoll</translation>
    </message>
    <message>
        <source>No saved filters</source>
        <translation>Keine gespeicherten Filter</translation>
    </message>
    <message>
        <source>Choose a saved filter</source>
        <translation>Gespeicherten Filter auswählen</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Filter speichern</translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation>Name dieses Filters:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry</source>
        <translation>La&amp;nd</translation>
    </message>
    <message>
        <source>Protoco&amp;l</source>
        <translation>Pr&amp;otokoll</translation>
    </message>
</context>
<context>
    <name>fb::ui::OfferTableModel</name>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Not certified</source>
        <translation>Nicht zertifiziert</translation>
    </message>
    <message>
        <source>Certified (%1), valid until %2</source>
        <translation>Zertifiziert (%1), gültig bis %2</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Certified (%1)</source>
        <translation>Zertifiziert (%1)</translation>
    </message>
    <message>
        <source>Measured uptime %1; the offer targets %2</source>
        <translation>Gemessene Verfügbarkeit %1; das Angebot sieht %2 vor</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>noch nicht gemessen</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Measured latency %1; the offer targets at most %2</source>
        <translation>Gemessene Latenz %1; das Angebot sieht höchstens %2 vor</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Provider reputation, 0 to 100</source>
        <translation>Anbieterreputation, 0 bis 100</translation>
    </message>
    <message>
        <source>Open the provider with Enter or a double click</source>
        <translation>Öffnen Sie den Anbieter mit der Eingabetaste oder per Doppelklick</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Zertifiziert</translation>
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
        <translation>Von der Plattform genehmigte, nicht abgelaufene Anbieterzertifizierung</translation>
    </message>
    <message>
        <source>Storage price per GB and month, in %1</source>
        <translation>Speicherpreis pro GB und Monat, in %1</translation>
    </message>
    <message>
        <source>Download (egress) price per GB, in %1</source>
        <translation>Preis für Downloads (Egress) pro GB, in %1</translation>
    </message>
    <message>
        <source>Measured uptime / the offer&apos;s uptime target</source>
        <translation>Gemessene Verfügbarkeit / Verfügbarkeitsziel des Angebots</translation>
    </message>
    <message>
        <source>Measured latency / the offer&apos;s latency target</source>
        <translation>Gemessene Latenz / Latenzziel des Angebots</translation>
    </message>
    <message>
        <source>Capacity still free for new SLAs</source>
        <translation>Noch freie Kapazität für neue SLAs</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Storage
per GB-mo</source>
        <translation>Speicher
pro GB-Monat</translation>
    </message>
    <message>
        <source>Egress
per GB</source>
        <translation>Egress
pro GB</translation>
    </message>
    <message>
        <source>QoS
tier</source>
        <translation>QoS-
Stufe</translation>
    </message>
    <message>
        <source>Uptime
/ target</source>
        <translation>Verfügbarkeit
/ Ziel</translation>
    </message>
    <message>
        <source>Latency
/ target</source>
        <translation>Latenz
/ Ziel</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Reputation</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
</context>
<context>
    <name>fb::ui::OffersPanel</name>
    <message>
        <source>Your offers</source>
        <translation>Ihre Angebote</translation>
    </message>
    <message>
        <source>No offers yet</source>
        <translation>Noch keine Angebote</translation>
    </message>
    <message>
        <source>An offer is what consumers buy: capacity at a price, in a region, with QoS targets. Publishing needs an approved certification.</source>
        <translation>Ein Angebot ist das, was Kunden kaufen: Kapazität zu einem Preis, in einer Region, mit QoS-Zielen. Zum Veröffentlichen ist eine genehmigte Zertifizierung nötig.</translation>
    </message>
    <message>
        <source>Publish a first offer…</source>
        <translation>Erstes Angebot veröffentlichen…</translation>
    </message>
    <message>
        <source>Opens the offer editor (Ctrl+N)</source>
        <translation>Öffnet den Angebotseditor (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;New offer…</source>
        <translation>&amp;Neues Angebot…</translation>
    </message>
    <message>
        <source>Publish a new offer (Ctrl+N)</source>
        <translation>Neues Angebot veröffentlichen (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplizieren…</translation>
    </message>
    <message>
        <source>Publish a copy of the selected offer under another name</source>
        <translation>Eine Kopie des ausgewählten Angebots unter anderem Namen veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Zurückziehen</translation>
    </message>
    <message>
        <source>Locked while a deal uses it: its terms stay as the consumer agreed. Duplicate it to offer other terms.</source>
        <translation>Gesperrt, solange ein Teilvertrag es nutzt: Die Bedingungen bleiben wie vom Kunden vereinbart. Duplizieren Sie es, um andere Bedingungen anzubieten.</translation>
    </message>
    <message>
        <source>Change the selected offer&apos;s terms (Enter)</source>
        <translation>Bedingungen des ausgewählten Angebots ändern (Eingabe)</translation>
    </message>
    <message>
        <source>Remove the selected offer from the Marketplace</source>
        <translation>Ausgewähltes Angebot aus dem Marktplatz entfernen</translation>
    </message>
    <message>
        <source>This offer is locked by %1. %2</source>
        <translation>Dieses Angebot ist durch %1 gesperrt. %2</translation>
    </message>
    <message>
        <source>Withdraw offer</source>
        <translation>Angebot zurückziehen</translation>
    </message>
    <message>
        <source>Withdraw &quot;%1&quot; from the Marketplace?</source>
        <translation>„%1“ aus dem Marktplatz zurückziehen?</translation>
    </message>
    <message>
        <source>Consumers can no longer choose it. Deals already made are not affected. This cannot be undone; you can publish it again as a new offer.</source>
        <translation>Kunden können es nicht mehr wählen. Bereits geschlossene Teilverträge sind nicht betroffen. Dies kann nicht rückgängig gemacht werden; Sie können es als neues Angebot erneut veröffentlichen.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
</context>
<context>
    <name>fb::ui::OfflineSignerWindow</name>
    <message>
        <source>Flashback — offline signer</source>
        <translation>Flashback — Offline-Signierer</translation>
    </message>
    <message>
        <source>Offline signer — no network</source>
        <translation>Offline-Signierer — kein Netzwerk</translation>
    </message>
    <message>
        <source>&amp;Sign a transaction</source>
        <translation>Transaktion &amp;signieren</translation>
    </message>
    <message>
        <source>Review and sign a transaction made on the online computer</source>
        <translation>Eine auf dem Online-Computer erstellte Transaktion prüfen und signieren</translation>
    </message>
    <message>
        <source>&amp;Wallet</source>
        <translation>&amp;Wallet</translation>
    </message>
    <message>
        <source>This computer&apos;s wallet: its accounts and keys</source>
        <translation>Das Wallet dieses Computers: seine Konten und Schlüssel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open transaction…</source>
        <translation>Transaktion ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Restart online</source>
        <translation>&amp;Online neu starten</translation>
    </message>
    <message>
        <source>Restart Flashback with the marketplace, sync and transfers</source>
        <translation>Flashback mit Marktplatz, Synchronisierung und Übertragungen neu starten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Offline: no node, no network connection.</source>
        <translation>Offline: kein Knoten, keine Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>This mode starts no node and opens no connection: transactions come and go as files, text or QR codes.</source>
        <translation>Dieser Modus startet keinen Knoten und öffnet keine Verbindung: Transaktionen kommen und gehen als Dateien, Text oder QR-Codes.</translation>
    </message>
</context>
<context>
    <name>fb::ui::OnboardingWizard</name>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <source>Check the settings and test again.</source>
        <translation>Prüfen Sie die Einstellungen und testen Sie erneut.</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Ihr Unternehmen</translation>
    </message>
    <message>
        <source>Consumers see this when they compare offers. You can change it later.</source>
        <translation>Kunden sehen dies beim Vergleichen von Angeboten. Sie können es später ändern.</translation>
    </message>
    <message>
        <source>&amp;Storage provider: I sell storage capacity</source>
        <translation>&amp;Speicheranbieter: Ich verkaufe Speicherkapazität</translation>
    </message>
    <message>
        <source>Publish storage offers that consumers buy in the Marketplace.</source>
        <translation>Veröffentlichen Sie Speicherangebote, die Kunden im Marktplatz kaufen.</translation>
    </message>
    <message>
        <source>Ser&amp;vice vendor: I sell services to storage consumers (migration, analytics, compliance tools)</source>
        <translation>&amp;Dienstanbieter: Ich verkaufe Dienste an Speicherkunden (Migrations-, Analyse-, Compliance-Tools)</translation>
    </message>
    <message>
        <source>Service vendors follow the same certification path and are listed in the Marketplace&apos;s Services tab.</source>
        <translation>Dienstanbieter durchlaufen dieselbe Zertifizierung und werden auf der Registerkarte Dienste des Marktplatzes aufgeführt.</translation>
    </message>
    <message>
        <source>e.g. Rhein Storage GmbH</source>
        <translation>z. B. Rhein Storage GmbH</translation>
    </message>
    <message>
        <source>Cloud (data centres you run or rent)</source>
        <translation>Cloud (Rechenzentren, die Sie betreiben oder mieten)</translation>
    </message>
    <message>
        <source>DePIN network (Filecoin, Storj, AIOZ, …)</source>
        <translation>DePIN-Netzwerk (Filecoin, Storj, AIOZ, …)</translation>
    </message>
    <message>
        <source>How your storage is built: a classic cloud or a decentralised network of nodes.</source>
        <translation>Wie Ihr Speicher aufgebaut ist: eine klassische Cloud oder ein dezentrales Netzwerk von Knoten.</translation>
    </message>
    <message>
        <source>Country or legal area: DE, EU, US-CA</source>
        <translation>Land oder Rechtsraum: DE, EU, US-CA</translation>
    </message>
    <message>
        <source>Where your business is registered: the law your contracts follow.</source>
        <translation>Wo Ihr Unternehmen registriert ist: das Recht, dem Ihre Verträge folgen.</translation>
    </message>
    <message>
        <source>ops@example.com</source>
        <translation>ops@example.com</translation>
    </message>
    <message>
        <source>How consumers and the platform&apos;s admins reach you.</source>
        <translation>Wie Kunden und die Administratoren der Plattform Sie erreichen.</translation>
    </message>
    <message>
        <source>What you offer, where your sites are, what makes you reliable.</source>
        <translation>Was Sie anbieten, wo Ihre Standorte sind, was Sie zuverlässig macht.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>&amp;Gerichtsstand:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>K&amp;ontakt:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Name, jurisdiction and contact are required.</source>
        <translation>Name, Gerichtsstand und Kontakt sind erforderlich.</translation>
    </message>
    <message>
        <source>Where you sell from</source>
        <translation>Von wo Sie verkaufen</translation>
    </message>
    <message>
        <source>The store your consumers&apos; data goes to. Flashback tests it now: it lists, writes, reads back and deletes a small probe object.</source>
        <translation>Der Speicher, in den die Daten Ihrer Kunden gehen. Flashback testet ihn jetzt: Es listet auf, schreibt, liest zurück und löscht ein kleines Testobjekt.</translation>
    </message>
    <message>
        <source>A &amp;local folder (development network)</source>
        <translation>Ein &amp;lokaler Ordner (Entwicklungsnetzwerk)</translation>
    </message>
    <message>
        <source>For trying things out on the local network: consumers on this machine store into this folder.</source>
        <translation>Zum Ausprobieren im lokalen Netzwerk: Kunden auf diesem Rechner speichern in diesen Ordner.</translation>
    </message>
    <message>
        <source>An S&amp;3-compatible bucket</source>
        <translation>Ein S&amp;3-kompatibler Bucket</translation>
    </message>
    <message>
        <source>AWS S3, MinIO, Ceph, Wasabi, Storj&apos;s gateway or any store that speaks the S3 API.</source>
        <translation>AWS S3, MinIO, Ceph, Wasabi, das Gateway von Storj oder jeder Speicher mit S3-API.</translation>
    </message>
    <message>
        <source>An absolute folder. On the embedded local network the node only accepts folders under its demo-storage folder, as suggested.</source>
        <translation>Ein absoluter Ordner. Im eingebetteten lokalen Netzwerk akzeptiert der Knoten nur Ordner unterhalb seines Ordners demo-storage, wie vorgeschlagen.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <source>Storage folder</source>
        <translation>Speicherordner</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Kept in protected memory for this session only; never written to disk. Flashback asks for it again when it needs it after a restart.</source>
        <translation>Nur für diese Sitzung in geschütztem Speicher gehalten; nie auf die Festplatte geschrieben. Flashback fragt nach einem Neustart bei Bedarf erneut danach.</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>&amp;Bucket:</translation>
    </message>
    <message>
        <source>&amp;Access key:</source>
        <translation>&amp;Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>&amp;Geheimer Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Test the store</source>
        <translation>Speicher &amp;testen</translation>
    </message>
    <message>
        <source>Lists, writes, reads back and deletes a probe object.</source>
        <translation>Listet auf, schreibt, liest zurück und löscht ein Testobjekt.</translation>
    </message>
    <message>
        <source>Not tested yet: test the store to go on.</source>
        <translation>Noch nicht getestet: Testen Sie den Speicher, um fortzufahren.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <source>Register signs your business to your wallet&apos;s account on %1.</source>
        <translation>Die Registrierung verknüpft Ihr Unternehmen mit dem Konto Ihres Wallets auf %1.</translation>
    </message>
    <message>
        <source>the platform</source>
        <translation>der Plattform</translation>
    </message>
    <message>
        <source>Next, on your provider panel: request certification (an admin reviews it), then publish your first offer.</source>
        <translation>Als Nächstes in Ihrem Anbieter-Dashboard: Zertifizierung beantragen (ein Administrator prüft sie) und dann Ihr erstes Angebot veröffentlichen.</translation>
    </message>
    <message>
        <source>Settings changed: test the store again to go on.</source>
        <translation>Einstellungen geändert: Testen Sie den Speicher erneut, um fortzufahren.</translation>
    </message>
    <message>
        <source>Enter an absolute folder path.</source>
        <translation>Geben Sie einen absoluten Ordnerpfad ein.</translation>
    </message>
    <message>
        <source>Enter an http(s) endpoint, a bucket and an access key.</source>
        <translation>Geben Sie einen http(s)-Endpunkt, einen Bucket und einen Zugriffsschlüssel ein.</translation>
    </message>
    <message>
        <source>%1 (%2), %3, contact %4.</source>
        <translation>%1 (%2), %3, Kontakt %4.</translation>
    </message>
    <message>
        <source>service vendor</source>
        <translation>Dienstanbieter</translation>
    </message>
    <message>
        <source>storage provider</source>
        <translation>Speicheranbieter</translation>
    </message>
    <message>
        <source>Sells from: %1 (tested).</source>
        <translation>Verkauft von: %1 (getestet).</translation>
    </message>
    <message>
        <source>Not connected to a platform node: check the status bar.</source>
        <translation>Nicht mit einem Plattformknoten verbunden: Prüfen Sie die Statusleiste.</translation>
    </message>
</context>
<context>
    <name>fb::ui::OverviewPanel</name>
    <message>
        <source>0 to 100, from your measured QoS: it rises while you meet your targets and falls with breaches. New providers start at 50.</source>
        <translation>0 bis 100, aus Ihrer gemessenen QoS: Sie steigt, solange Sie Ihre Ziele erreichen, und sinkt bei Verstößen. Neue Anbieter beginnen bei 50.</translation>
    </message>
    <message>
        <source>Your provider account</source>
        <translation>Ihr Anbieterkonto</translation>
    </message>
    <message>
        <source>Business:</source>
        <translation>Unternehmen:</translation>
    </message>
    <message>
        <source>Reputation:</source>
        <translation>Reputation:</translation>
    </message>
    <message>
        <source>Certification:</source>
        <translation>Zertifizierung:</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Speicher:</translation>
    </message>
    <message>
        <source>What next</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Request &amp;certification…</source>
        <translation>&amp;Zertifizierung beantragen…</translation>
    </message>
    <message>
        <source>Opens the certification request</source>
        <translation>Öffnet den Zertifizierungsantrag</translation>
    </message>
    <message>
        <source>Publish a first &amp;offer…</source>
        <translation>Erstes &amp;Angebot veröffentlichen…</translation>
    </message>
    <message>
        <source>Opens the offer editor</source>
        <translation>Öffnet den Angebotseditor</translation>
    </message>
    <message>
        <source>Answer &amp;deals…</source>
        <translation>Auf &amp;Teilverträge antworten…</translation>
    </message>
    <message>
        <source>Opens the deals awaiting your answer</source>
        <translation>Öffnet die Teilverträge, die auf Ihre Antwort warten</translation>
    </message>
    <message>
        <source>%1 — %2, %3, %4</source>
        <translation>%1 — %2, %3, %4</translation>
    </message>
    <message>
        <source>service vendor</source>
        <translation>Dienstanbieter</translation>
    </message>
    <message>
        <source>storage provider</source>
        <translation>Speicheranbieter</translation>
    </message>
    <message>
        <source>DePIN network</source>
        <translation>DePIN-Netzwerk</translation>
    </message>
    <message>
        <source>cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>Approved, %1 level, until %2</source>
        <translation>Genehmigt, Stufe %1, bis %2</translation>
    </message>
    <message>
        <source>Pending: an admin is reviewing your request</source>
        <translation>Ausstehend: Ein Administrator prüft Ihren Antrag</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Not requested yet</source>
        <translation>Noch nicht beantragt</translation>
    </message>
    <message>
        <source>Service vendors sell no storage.</source>
        <translation>Dienstanbieter verkaufen keinen Speicher.</translation>
    </message>
    <message>
        <source>Not set up on this computer: deals cannot be accepted from here until it is.</source>
        <translation>Auf diesem Computer nicht eingerichtet: Bis dahin können hier keine Teilverträge angenommen werden.</translation>
    </message>
    <message>
        <source>Local folder %1</source>
        <translation>Lokaler Ordner %1</translation>
    </message>
    <message>
        <source>S3 bucket %1 at %2</source>
        <translation>S3-Bucket %1 auf %2</translation>
    </message>
    <message>
        <source>1. Request certification: the platform&apos;s admins check your business and documents. Consumers only see certified providers.</source>
        <translation>1. Zertifizierung beantragen: Die Administratoren der Plattform prüfen Ihr Unternehmen und Ihre Dokumente. Kunden sehen nur zertifizierte Anbieter.</translation>
    </message>
    <message>
        <source>1. Wait for the admins&apos; decision on your certification. You will be notified.</source>
        <translation>1. Warten Sie auf die Entscheidung der Administratoren über Ihre Zertifizierung. Sie werden benachrichtigt.</translation>
    </message>
    <message>
        <source>%1. Publish a first offer: capacity, price, region and QoS targets.</source>
        <translation>%1. Veröffentlichen Sie ein erstes Angebot: Kapazität, Preis, Region und QoS-Ziele.</translation>
    </message>
    <message numerus="yes">
        <source>%1. Answer %n deal(s) awaiting you in Deals.</source>
        <translation>
            <numerusform>%1. Beantworten Sie %n wartenden Teilvertrag unter Teilverträge.</numerusform>
            <numerusform>%1. Beantworten Sie %n wartende Teilverträge unter Teilverträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>All set: your offers are listed. New deals appear in Deals, and a notification tells you when one arrives.</source>
        <translation>Alles bereit: Ihre Angebote werden aufgeführt. Neue Teilverträge erscheinen unter Teilverträge, und eine Benachrichtigung informiert Sie über deren Eingang.</translation>
    </message>
    <message>
        <source>Publishing needs an approved certification first.</source>
        <translation>Zum Veröffentlichen ist zuerst eine genehmigte Zertifizierung nötig.</translation>
    </message>
</context>
<context>
    <name>fb::ui::PricingAssistantPanel</name>
    <message>
        <source>&amp;Use this price</source>
        <translation>Diesen Preis &amp;verwenden</translation>
    </message>
    <message>
        <source>Pricing assistant</source>
        <translation>Preisassistent</translation>
    </message>
    <message>
        <source>Price distribution of comparable offers</source>
        <translation>Preisverteilung vergleichbarer Angebote</translation>
    </message>
    <message>
        <source>Target utilisation</source>
        <translation>Zielauslastung</translation>
    </message>
    <message>
        <source>The share of this offer&apos;s capacity you want to sell. A higher target asks for a lower price.</source>
        <translation>Der Anteil der Kapazität dieses Angebots, den Sie verkaufen möchten. Ein höheres Ziel erfordert einen niedrigeren Preis.</translation>
    </message>
    <message>
        <source>&amp;Target utilisation:</source>
        <translation>&amp;Zielauslastung:</translation>
    </message>
    <message>
        <source>Suggested price:</source>
        <translation>Vorgeschlagener Preis:</translation>
    </message>
    <message>
        <source>Put the suggested price into the offer&apos;s storage price</source>
        <translation>Den vorgeschlagenen Preis als Speicherpreis des Angebots übernehmen</translation>
    </message>
    <message>
        <source>Set the offer&apos;s region, QoS tier and protocol to compare its price with the market.</source>
        <translation>Legen Sie Region, QoS-Stufe und Protokoll des Angebots fest, um seinen Preis mit dem Markt zu vergleichen.</translation>
    </message>
    <message>
        <source>Choose a region and at least one protocol: the assistant compares the price with offers of the same region, QoS tier and protocol.</source>
        <translation>Wählen Sie eine Region und mindestens ein Protokoll: Der Assistent vergleicht den Preis mit Angeboten gleicher Region, QoS-Stufe und gleichen Protokolls.</translation>
    </message>
    <message>
        <source>No other offer in the market sells %1 storage in %2 at the %3 tier yet, so there is nothing to compare with. Your price sets the market here; compare with a neighbouring region or tier to place it.</source>
        <translation>Noch kein anderes Angebot im Markt verkauft %1-Speicher in %2 auf Stufe %3, daher gibt es nichts zu vergleichen. Ihr Preis bestimmt hier den Markt; vergleichen Sie mit einer benachbarten Region oder Stufe, um ihn einzuordnen.</translation>
    </message>
    <message numerus="yes">
        <source>Your price, %1 per GB-month, sits at the %2 percentile of %n comparable offer(s) (%3, %4 tier, %5).</source>
        <translation>
            <numerusform>Ihr Preis, %1 pro GB-Monat, liegt beim %2-Perzentil von %n vergleichbaren Angebot (%3, Stufe %4, %5).</numerusform>
            <numerusform>Ihr Preis, %1 pro GB-Monat, liegt beim %2-Perzentil von %n vergleichbaren Angeboten (%3, Stufe %4, %5).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 per GB-month</source>
        <translation>%1 pro GB-Monat</translation>
    </message>
    <message>
        <source>the platform fee (not known yet: no node)</source>
        <translation>die Plattformgebühr (noch unbekannt: kein Knoten)</translation>
    </message>
    <message>
        <source>the platform fee of %1</source>
        <translation>die Plattformgebühr von %1</translation>
    </message>
    <message>
        <source>Set the offer&apos;s capacity to project monthly earnings.</source>
        <translation>Legen Sie die Kapazität des Angebots fest, um die monatlichen Einnahmen zu prognostizieren.</translation>
    </message>
    <message>
        <source>These figures are too large to project exactly.</source>
        <translation>Diese Zahlen sind zu groß für eine genaue Prognose.</translation>
    </message>
    <message>
        <source>Projected: selling %1 of %2 at this price earns you %3 a month. Consumers pay %4, which includes %5 (%6, added on top of your price).</source>
        <translation>Prognose: Wenn Sie %1 von %2 zu diesem Preis verkaufen, verdienen Sie %3 im Monat. Kunden zahlen %4, darin enthalten %5 (%6, zusätzlich zu Ihrem Preis).</translation>
    </message>
    <message>
        <source>At your own price the model expects %1 utilisation: %2 a month for you.</source>
        <translation>Bei Ihrem eigenen Preis erwartet das Modell eine Auslastung von %1: %2 im Monat für Sie.</translation>
    </message>
    <message>
        <source>Comparable offers</source>
        <translation>Vergleichbare Angebote</translation>
    </message>
    <message>
        <source>Your price</source>
        <translation>Ihr Preis</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>USD per GB-month</source>
        <translation>USD pro GB-Monat</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
</context>
<context>
    <name>fb::ui::ProviderDashboard</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Amounts are shown in the coin each deal was paid in; coins are never added together.</source>
        <translation>Beträge werden in der Währung angezeigt, in der jeder Teilvertrag bezahlt wurde; Währungen werden nie zusammengerechnet.</translation>
    </message>
    <message>
        <source>Reload earnings, capacity, QoS and disputes from the platform</source>
        <translation>Einnahmen, Kapazität, QoS und Streitfälle von der Plattform neu laden</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <source>No paid deals yet. When a consumer pays for one of your offers, the escrow, releases and fees appear here in the coin they paid.</source>
        <translation>Noch keine bezahlten Teilverträge. Wenn ein Kunde eines Ihrer Angebote bezahlt, erscheinen Treuhand, Freigaben und Gebühren hier in der gezahlten Währung.</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Released to you</source>
        <translation>An Sie freigegeben</translation>
    </message>
    <message>
        <source>In escrow (now)</source>
        <translation>In Treuhand (aktuell)</translation>
    </message>
    <message>
        <source>Withheld for QoS (now)</source>
        <translation>Wegen QoS einbehalten (aktuell)</translation>
    </message>
    <message>
        <source>Slashed</source>
        <translation>Gekürzt</translation>
    </message>
    <message>
        <source>Platform fees</source>
        <translation>Plattformgebühren</translation>
    </message>
    <message>
        <source>Paid out of escrow to your payout address.</source>
        <translation>Aus der Treuhand an Ihre Auszahlungsadresse gezahlt.</translation>
    </message>
    <message>
        <source>Paid by consumers and still held in escrow for running deals.</source>
        <translation>Von Kunden gezahlt und für laufende Teilverträge noch in Treuhand gehalten.</translation>
    </message>
    <message>
        <source>Earned by time but held in escrow because the offer&apos;s QoS is under its target; the next settlement that meets the targets releases it.</source>
        <translation>Zeitlich verdient, aber in Treuhand gehalten, weil die QoS des Angebots unter dem Ziel liegt; die nächste Abrechnung, die die Ziele erfüllt, gibt es frei.</translation>
    </message>
    <message>
        <source>Taken from your pay and returned to consumers for QoS failures.</source>
        <translation>Von Ihrer Vergütung abgezogen und Kunden wegen QoS-Mängeln zurückgegeben.</translation>
    </message>
    <message>
        <source>The platform&apos;s fee on your deals, paid by consumers on top of your price.</source>
        <translation>Die Plattformgebühr auf Ihre Teilverträge, von Kunden zusätzlich zu Ihrem Preis gezahlt.</translation>
    </message>
    <message>
        <source>Earnings &amp;by:</source>
        <translation>Einnahmen &amp;nach:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Revenue by month</source>
        <translation>Umsatz pro Monat</translation>
    </message>
    <message>
        <source>Revenue by month: released and contracted</source>
        <translation>Umsatz pro Monat: freigegeben und vertraglich vereinbart</translation>
    </message>
    <message>
        <source>Released: paid to you in that month. Contracted: what running deals will still accrue in that month at full QoS.</source>
        <translation>Freigegeben: in diesem Monat an Sie gezahlt. Vertraglich vereinbart: was laufende Teilverträge in diesem Monat bei voller QoS noch einbringen.</translation>
    </message>
    <message>
        <source>Capacity sold and free</source>
        <translation>Verkaufte und freie Kapazität</translation>
    </message>
    <message>
        <source>Quality of service</source>
        <translation>Dienstqualität</translation>
    </message>
    <message>
        <source>O&amp;ffer:</source>
        <translation>An&amp;gebot:</translation>
    </message>
    <message>
        <source>O&amp;ver:</source>
        <translation>&amp;Über:</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Streitfälle</translation>
    </message>
    <message>
        <source>Select a dispute to read the platform&apos;s evidence.</source>
        <translation>Wählen Sie einen Streitfall aus, um die Nachweise der Plattform zu lesen.</translation>
    </message>
    <message>
        <source>The platform&apos;s admins decide each dispute (refund, slash or dismiss) from this QoS evidence and your response. Select an open dispute and write your response below it.</source>
        <translation>Die Administratoren der Plattform entscheiden jeden Streitfall (Erstattung, Kürzung oder Abweisung) anhand dieser QoS-Nachweise und Ihrer Antwort. Wählen Sie einen offenen Streitfall und schreiben Sie Ihre Antwort darunter.</translation>
    </message>
    <message>
        <source>&amp;Copy dispute id</source>
        <translation>Streitfall-ID &amp;kopieren</translation>
    </message>
    <message>
        <source>Your response</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>Your side of the selected open dispute: what happened, what you fixed. The consumer and the admins read it.</source>
        <translation>Ihre Sicht auf den ausgewählten offenen Streitfall: was passiert ist, was Sie behoben haben. Der Kunde und die Administratoren lesen sie.</translation>
    </message>
    <message>
        <source>Send &amp;response</source>
        <translation>Antwort sen&amp;den</translation>
    </message>
    <message>
        <source>Send your response on the selected dispute to the platform&apos;s admins</source>
        <translation>Ihre Antwort auf den ausgewählten Streitfall an die Administratoren der Plattform senden</translation>
    </message>
    <message>
        <source>Sending your response…</source>
        <translation>Ihre Antwort wird gesendet…</translation>
    </message>
    <message>
        <source>Your response was not sent: %1</source>
        <translation>Ihre Antwort wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Your response to %1 was sent to the platform.</source>
        <translation>Ihre Antwort auf %1 wurde an die Plattform gesendet.</translation>
    </message>
    <message>
        <source>Loading the provider dashboard…</source>
        <translation>Anbieter-Dashboard wird geladen…</translation>
    </message>
    <message>
        <source>Not connected to a platform node. Choose a node in Settings, or start the local network, to see your earnings.</source>
        <translation>Nicht mit einem Plattformknoten verbunden. Wählen Sie einen Knoten in den Einstellungen oder starten Sie das lokale Netzwerk, um Ihre Einnahmen zu sehen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>This account is not registered as a provider yet. Register as a provider to publish offers; your earnings, capacity and QoS then appear here.</source>
        <translation>Dieses Konto ist noch nicht als Anbieter registriert. Registrieren Sie sich als Anbieter, um Angebote zu veröffentlichen; Ihre Einnahmen, Kapazität und QoS erscheinen dann hier.</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>Aktualisiert am %1.</translation>
    </message>
    <message>
        <source>certified (%1) until %2</source>
        <translation>zertifiziert (%1) bis %2</translation>
    </message>
    <message>
        <source>certified (%1)</source>
        <translation>zertifiziert (%1)</translation>
    </message>
    <message>
        <source>EXPIRED: request certification again</source>
        <translation>ABGELAUFEN: Zertifizierung erneut beantragen</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s): request renewal on the Certification tab</source>
        <translation>
            <numerusform>läuft in %n Tag ab: Verlängerung auf der Registerkarte Zertifizierung beantragen</numerusform>
            <numerusform>läuft in %n Tagen ab: Verlängerung auf der Registerkarte Zertifizierung beantragen</numerusform>
        </translation>
    </message>
    <message>
        <source>certification pending</source>
        <translation>Zertifizierung ausstehend</translation>
    </message>
    <message>
        <source>certification rejected: %1</source>
        <translation>Zertifizierung abgelehnt: %1</translation>
    </message>
    <message>
        <source>not certified</source>
        <translation>nicht zertifiziert</translation>
    </message>
    <message>
        <source>%1 · reputation %2/100 · %3</source>
        <translation>%1 · Reputation %2/100 · %3</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No revenue yet</source>
        <translation>Noch kein Umsatz</translation>
    </message>
    <message>
        <source>Released (%1)</source>
        <translation>Freigegeben (%1)</translation>
    </message>
    <message>
        <source>Contracted (%1)</source>
        <translation>Vertraglich vereinbart (%1)</translation>
    </message>
    <message>
        <source>QoS could not be loaded: %1</source>
        <translation>QoS konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No offers yet: publish an offer and its QoS appears here.</source>
        <translation>Noch keine Angebote: Veröffentlichen Sie ein Angebot, dann erscheint seine QoS hier.</translation>
    </message>
    <message>
        <source>No QoS sample in this window yet. The platform&apos;s oracle probes offers that deals use; samples appear after the first probes.</source>
        <translation>Noch keine QoS-Messung in diesem Zeitraum. Das Orakel der Plattform prüft Angebote, die von Teilverträgen genutzt werden; Messungen erscheinen nach den ersten Prüfungen.</translation>
    </message>
    <message numerus="yes">
        <source>Uptime %1 (target %2), mean latency %3 (target %4 ms), %n breach(es) in %5 samples: %6.</source>
        <translation>
            <numerusform>Verfügbarkeit %1 (Ziel %2), mittlere Latenz %3 (Ziel %4 ms), %n Verstoß in %5 Messungen: %6.</numerusform>
            <numerusform>Verfügbarkeit %1 (Ziel %2), mittlere Latenz %3 (Ziel %4 ms), %n Verstöße in %5 Messungen: %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>targets met</source>
        <translation>Ziele erreicht</translation>
    </message>
    <message>
        <source>targets missed</source>
        <translation>Ziele verfehlt</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Verstöße</translation>
    </message>
</context>
<context>
    <name>fb::ui::ProviderDialog</name>
    <message>
        <source>The provider&apos;s Stellar account: %1</source>
        <translation>Das Stellar-Konto des Anbieters: %1</translation>
    </message>
    <message>
        <source>DePIN network</source>
        <translation>DePIN-Netzwerk</translation>
    </message>
    <message>
        <source>Cloud provider</source>
        <translation>Cloud-Anbieter</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>Prüfung ausstehend</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Not certified</source>
        <translation>Nicht zertifiziert</translation>
    </message>
    <message>
        <source>Provider — %1</source>
        <translation>Anbieter – %1</translation>
    </message>
    <message>
        <source>%1 · %2 · reputation %3/100%4</source>
        <translation>%1 · %2 · Reputation %3/100%4</translation>
    </message>
    <message>
        <source>no jurisdiction given</source>
        <translation>keine Rechtsordnung angegeben</translation>
    </message>
    <message>
        <source> · certified</source>
        <translation> · zertifiziert</translation>
    </message>
    <message>
        <source>This provider is not in the local cache yet.</source>
        <translation>Dieser Anbieter ist noch nicht im lokalen Cache.</translation>
    </message>
    <message>
        <source>&amp;QoS history</source>
        <translation>&amp;QoS-Verlauf</translation>
    </message>
    <message>
        <source>O&amp;ffers (%1)</source>
        <translation>&amp;Angebote (%1)</translation>
    </message>
    <message>
        <source>&amp;Documents (%1)</source>
        <translation>&amp;Dokumente (%1)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Jurisdiction:</source>
        <translation>Rechtsordnung:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>Reputation:</source>
        <translation>Reputation:</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Über:</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Zertifizierung</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Approved, level %1, no expiry</source>
        <translation>Genehmigt, Stufe %1, ohne Ablauf</translation>
    </message>
    <message>
        <source>Approved, level %1, valid until %2</source>
        <translation>Genehmigt, Stufe %1, gültig bis %2</translation>
    </message>
    <message>
        <source>Expired on %1 (level %2)</source>
        <translation>Abgelaufen am %1 (Stufe %2)</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Standards:</source>
        <translation>Standards:</translation>
    </message>
    <message>
        <source>Data regions:</source>
        <translation>Datenregionen:</translation>
    </message>
    <message>
        <source>Data protection:</source>
        <translation>Datenschutz:</translation>
    </message>
    <message>
        <source>Offer whose QoS history is shown</source>
        <translation>Angebot, dessen QoS-Verlauf angezeigt wird</translation>
    </message>
    <message>
        <source>Choose which of the provider&apos;s offers to chart</source>
        <translation>Wählen Sie, welches Angebot des Anbieters im Diagramm erscheint</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>O&amp;ffer:</source>
        <translation>Ange&amp;bot:</translation>
    </message>
    <message>
        <source>This provider has no offers in the cache.</source>
        <translation>Dieser Anbieter hat keine Angebote im Cache.</translation>
    </message>
    <message>
        <source>No samples cached for this offer yet.</source>
        <translation>Für dieses Angebot sind noch keine Messwerte im Cache.</translation>
    </message>
    <message>
        <source>%1 probes from %2 to %3: %4 % available, average latency %5 ms (targets: %6 %, %7 ms).</source>
        <translation>%1 Messungen von %2 bis %3: %4 % verfügbar, mittlere Latenz %5 ms (Ziele: %6 %, %7 ms).</translation>
    </message>
    <message>
        <source>The provider&apos;s offers</source>
        <translation>Die Angebote des Anbieters</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Storage / GB-mo</source>
        <translation>Speicher / GB-Monat</translation>
    </message>
    <message>
        <source>Egress / GB</source>
        <translation>Egress / GB</translation>
    </message>
    <message>
        <source>QoS tier</source>
        <translation>QoS-Stufe</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Create SLA with selected…</source>
        <translation>SLA mit Auswahl erstellen…</translation>
    </message>
    <message>
        <source>Create an SLA over the selected offers of this provider</source>
        <translation>Ein SLA über die ausgewählten Angebote dieses Anbieters erstellen</translation>
    </message>
    <message>
        <source>Compliance documents</source>
        <translation>Compliance-Dokumente</translation>
    </message>
    <message>
        <source>The provider has not published compliance documents.</source>
        <translation>Der Anbieter hat keine Compliance-Dokumente veröffentlicht.</translation>
    </message>
    <message>
        <source>Choose a document to read it.</source>
        <translation>Wählen Sie ein Dokument aus, um es zu lesen.</translation>
    </message>
</context>
<context>
    <name>fb::ui::ProviderPage</name>
    <message>
        <source>Sell storage: publish offers, accept SLAs, follow QoS and earnings.</source>
        <translation>Speicher verkaufen: Angebote veröffentlichen, SLAs annehmen, QoS und Einnahmen verfolgen.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>Reputation, certification and what to do next</source>
        <translation>Reputation, Zertifizierung und nächste Schritte</translation>
    </message>
    <message>
        <source>&amp;Certification</source>
        <translation>&amp;Zertifizierung</translation>
    </message>
    <message>
        <source>Request certification and follow the decision</source>
        <translation>Zertifizierung beantragen und die Entscheidung verfolgen</translation>
    </message>
    <message>
        <source>O&amp;ffers</source>
        <translation>&amp;Angebote</translation>
    </message>
    <message>
        <source>The offers consumers find in the Marketplace</source>
        <translation>Die Angebote, die Kunden im Marktplatz finden</translation>
    </message>
    <message>
        <source>&amp;Deals</source>
        <translation>&amp;Teilverträge</translation>
    </message>
    <message>
        <source>&amp;Earnings and QoS</source>
        <translation>&amp;Einnahmen und QoS</translation>
    </message>
    <message>
        <source>Deals to accept, activate, and their history</source>
        <translation>Anzunehmende und zu aktivierende Teilverträge und ihr Verlauf</translation>
    </message>
    <message>
        <source>Not connected to a platform node</source>
        <translation>Nicht mit einem Plattformknoten verbunden</translation>
    </message>
    <message>
        <source>The provider panel works on the platform node: the status bar shows the connection. Check it, or choose a node in Settings.</source>
        <translation>Das Anbieter-Dashboard arbeitet mit dem Plattformknoten: Die Statusleiste zeigt die Verbindung. Prüfen Sie sie oder wählen Sie einen Knoten in den Einstellungen.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Step 1: a wallet</source>
        <translation>Schritt 1: ein Wallet</translation>
    </message>
    <message>
        <source>Your provider account is your wallet&apos;s account: it signs you in and receives your earnings. Create a wallet (or restore one from its recovery phrase) to start.</source>
        <translation>Ihr Anbieterkonto ist das Konto Ihres Wallets: Es meldet Sie an und empfängt Ihre Einnahmen. Erstellen Sie ein Wallet (oder stellen Sie eines aus seiner Wiederherstellungsphrase wieder her), um zu beginnen.</translation>
    </message>
    <message>
        <source>Set up a wallet…</source>
        <translation>Wallet einrichten…</translation>
    </message>
    <message>
        <source>Step 2: sign in</source>
        <translation>Schritt 2: anmelden</translation>
    </message>
    <message>
        <source>Sign in to %1 with your wallet: your password unlocks it on this computer to sign the login. Nothing is sent but the signature.</source>
        <translation>Melden Sie sich mit Ihrem Wallet an (%1): Ihr Passwort entsperrt es auf diesem Computer, um die Anmeldung zu signieren. Es wird nur die Signatur gesendet.</translation>
    </message>
    <message>
        <source>the platform</source>
        <translation>der Plattform</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Loading your provider account…</source>
        <translation>Ihr Anbieterkonto wird geladen…</translation>
    </message>
    <message>
        <source>The platform did not answer</source>
        <translation>Die Plattform hat nicht geantwortet</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Your wallet password signs you in to %1:</source>
        <translation>Ihr Wallet-Passwort meldet Sie an (%1):</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung…</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Erneut anmelden…</translation>
    </message>
    <message numerus="yes">
        <source>A consumer asks you to store %1 for %n day(s). Accept or reject it in Provider → Deals.</source>
        <translation>
            <numerusform>Ein Kunde bittet Sie, %1 für %n Tag zu speichern. Nehmen Sie unter Anbieter → Teilverträge an oder lehnen Sie ab.</numerusform>
            <numerusform>Ein Kunde bittet Sie, %1 für %n Tage zu speichern. Nehmen Sie unter Anbieter → Teilverträge an oder lehnen Sie ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new deal(s) await your answer in Provider → Deals.</source>
        <translation>
            <numerusform>%n neuer Teilvertrag wartet auf Ihre Antwort unter Anbieter → Teilverträge.</numerusform>
            <numerusform>%n neue Teilverträge warten auf Ihre Antwort unter Anbieter → Teilverträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Flashback</source>
        <translation>Flashback</translation>
    </message>
    <message>
        <source>New deal awaiting your answer</source>
        <translation>Neuer Teilvertrag wartet auf Ihre Antwort</translation>
    </message>
    <message>
        <source>&amp;Deals (%1)</source>
        <translation>&amp;Teilverträge (%1)</translation>
    </message>
</context>
<context>
    <name>fb::ui::QosChart</name>
    <message>
        <source>QoS history chart</source>
        <translation>QoS-Verlaufsdiagramm</translation>
    </message>
    <message>
        <source>No QoS samples yet. The platform&apos;s oracle probes each offer regularly; the history appears here after the first probes.</source>
        <translation>Noch keine QoS-Messwerte. Das Orakel der Plattform prüft jedes Angebot regelmäßig; der Verlauf erscheint hier nach den ersten Messungen.</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>Availability (%)</source>
        <translation>Verfügbarkeit (%)</translation>
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
        <translation>Latenzziel</translation>
    </message>
</context>
<context>
    <name>fb::ui::QrPlayer</name>
    <message>
        <source>Save the QR frames to a folder</source>
        <translation>QR-Bilder in einem Ordner speichern</translation>
    </message>
    <message>
        <source>Save the QR code as an image</source>
        <translation>QR-Code als Bild speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <source>After the first round the frames are fresh mixtures of the fragments: a reader that missed some completes from them.</source>
        <translation>Nach der ersten Runde sind die Bilder neue Mischungen der Fragmente: Ein Leser, der einige verpasst hat, vervollständigt sich daraus.</translation>
    </message>
    <message>
        <source>Pause on one frame, or play the frames again</source>
        <translation>Bei einem Bild anhalten oder die Bilder erneut abspielen</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> Bilder/s</translation>
    </message>
    <message>
        <source>Frames a second</source>
        <translation>Bilder pro Sekunde</translation>
    </message>
    <message>
        <source>How fast the frames change: slow it down when the other device&apos;s camera misses frames</source>
        <translation>Wie schnell die Bilder wechseln: Verlangsamen Sie, wenn die Kamera des anderen Geräts Bilder verpasst</translation>
    </message>
    <message>
        <source>Save &amp;frames…</source>
        <translation>&amp;Bilder speichern…</translation>
    </message>
    <message>
        <source>Save one round of frames as numbered PNG images in a folder, for a device that reads QR images</source>
        <translation>Eine Runde Bilder als nummerierte PNG-Bilder in einem Ordner speichern, für ein Gerät, das QR-Bilder liest</translation>
    </message>
    <message>
        <source>Save as &amp;image…</source>
        <translation>Als B&amp;ild speichern…</translation>
    </message>
    <message>
        <source>Save the QR code as a PNG image</source>
        <translation>QR-Code als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>This frame is too long for a QR code.</source>
        <translation>Dieses Bild ist zu lang für einen QR-Code.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>Nichts anzuzeigen</translation>
    </message>
    <message>
        <source>One QR code: scan it with the other device</source>
        <translation>Ein QR-Code: Scannen Sie ihn mit dem anderen Gerät</translation>
    </message>
    <message>
        <source>Frame %1 of %2</source>
        <translation>Bild %1 von %2</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(angehalten)</translation>
    </message>
    <message>
        <source>There is nothing to save.</source>
        <translation>Es gibt nichts zu speichern.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose another one.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden. Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>%1 already holds QR frames (frame-*.png). Choose an empty folder so the frames of two transactions do not mix.</source>
        <translation>%1 enthält bereits QR-Bilder (frame-*.png). Wählen Sie einen leeren Ordner, damit sich die Bilder zweier Transaktionen nicht vermischen.</translation>
    </message>
    <message>
        <source>The frame %1 could not be written: %2. Choose another folder.</source>
        <translation>Das Bild %1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>There is no QR code to save.</source>
        <translation>Es gibt keinen QR-Code zu speichern.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Choose another place.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ort.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n frame(s) to %1.</source>
        <translation>
            <numerusform>%n Bild in %1 gespeichert.</numerusform>
            <numerusform>%n Bilder in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>In %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>fb::ui::QrReader</name>
    <message>
        <source>Open the QR images</source>
        <translation>QR-Bilder öffnen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open &amp;images…</source>
        <translation>B&amp;ilder öffnen…</translation>
    </message>
    <message>
        <source>Open the QR images of one transaction: a single QR code, or the frames of an animated one in any order. You can also drop them here.</source>
        <translation>Die QR-Bilder einer Transaktion öffnen: einen einzelnen QR-Code oder die Bilder eines animierten Codes in beliebiger Reihenfolge. Sie können sie auch hierher ziehen.</translation>
    </message>
    <message>
        <source>Scan with &amp;camera</source>
        <translation>Mit &amp;Kamera scannen</translation>
    </message>
    <message>
        <source>&amp;Start over</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <source>Forget the frames read so far</source>
        <translation>Bisher gelesene Bilder verwerfen</translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation>Kamerabild</translation>
    </message>
    <message>
        <source>Frames read</source>
        <translation>Gelesene Bilder</translation>
    </message>
    <message>
        <source>No camera found — open QR images instead</source>
        <translation>Keine Kamera gefunden — öffnen Sie stattdessen QR-Bilder</translation>
    </message>
    <message>
        <source>Hold the other device&apos;s QR code in front of this computer&apos;s camera; animated codes are read frame by frame</source>
        <translation>Halten Sie den QR-Code des anderen Geräts vor die Kamera dieses Computers; animierte Codes werden Bild für Bild gelesen</translation>
    </message>
    <message>
        <source>Drop QR images here, open them, or scan with the camera.</source>
        <translation>Ziehen Sie QR-Bilder hierher, öffnen Sie sie oder scannen Sie mit der Kamera.</translation>
    </message>
    <message>
        <source>Drop QR images here, or open them.</source>
        <translation>Ziehen Sie QR-Bilder hierher oder öffnen Sie sie.</translation>
    </message>
    <message>
        <source>The camera stopped: %1. Open QR images instead, or try the camera again.</source>
        <translation>Die Kamera wurde angehalten: %1. Öffnen Sie stattdessen QR-Bilder oder versuchen Sie die Kamera erneut.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Kamera wird gestartet…</translation>
    </message>
    <message>
        <source>Camera stopped.</source>
        <translation>Kamera angehalten.</translation>
    </message>
    <message>
        <source>the camera</source>
        <translation>die Kamera</translation>
    </message>
    <message>
        <source>%1 is not a file. Open the QR images themselves.</source>
        <translation>%1 ist keine Datei. Öffnen Sie die QR-Bilder selbst.</translation>
    </message>
    <message>
        <source>%1 is not an image this reader opens (%2).</source>
        <translation>%1 ist kein Bild, das dieser Leser öffnen kann (%2).</translation>
    </message>
    <message>
        <source>No QR code was found in %1. Open a sharper picture, or the frame itself.</source>
        <translation>In %1 wurde kein QR-Code gefunden. Öffnen Sie ein schärferes Bild oder das QR-Bild selbst.</translation>
    </message>
    <message>
        <source>No QR code was found in %1.</source>
        <translation>In %1 wurde kein QR-Code gefunden.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>This QR code%1 is not a UR: it reads &quot;%2%3&quot;. Show the transaction&apos;s QR code, whose text starts with ur:%4.</source>
        <translation>Dieser QR-Code%1 ist kein UR: Er enthält „%2%3“. Zeigen Sie den QR-Code der Transaktion, dessen Text mit ur:%4 beginnt.</translation>
    </message>
    <message>
        <source>This QR code%1 is a ur:%2; this reader takes %3. Show the transaction&apos;s QR code instead.</source>
        <translation>Dieser QR-Code%1 ist ein ur:%2; dieser Leser akzeptiert %3. Zeigen Sie stattdessen den QR-Code der Transaktion.</translation>
    </message>
    <message>
        <source>A frame%1 was not used: %2</source>
        <translation>Ein Bild%1 wurde nicht verwendet: %2</translation>
    </message>
    <message>
        <source>The frames did not reassemble into a whole UR (%1). Start over and read the frames again.</source>
        <translation>Die Bilder ergaben kein vollständiges UR (%1). Beginnen Sie neu und lesen Sie die Bilder erneut.</translation>
    </message>
    <message>
        <source>The ur:%1 does not hold a byte string (%2).</source>
        <translation>Das ur:%1 enthält keine Bytefolge (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Complete: ur:%1 read from %n part(s).</source>
        <translation>
            <numerusform>Vollständig: ur:%1 aus %n Teil gelesen.</numerusform>
            <numerusform>Vollständig: ur:%1 aus %n Teilen gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for a QR code…</source>
        <translation>QR-Code wird gesucht…</translation>
    </message>
    <message>
        <source>No frame read yet.</source>
        <translation>Noch kein Bild gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 % — %n part(s) read</source>
        <translation>
            <numerusform>%1 % — %n Teil gelesen</numerusform>
            <numerusform>%1 % — %n Teile gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 fragments recovered</source>
        <translation>%1 von %2 Fragmenten wiederhergestellt</translation>
    </message>
    <message>
        <source>Stop &amp;camera</source>
        <translation>&amp;Kamera anhalten</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>the dropped picture</source>
        <translation>das abgelegte Bild</translation>
    </message>
    <message>
        <source>Open a folder of QR frames</source>
        <translation>Einen Ordner mit QR-Bildern öffnen</translation>
    </message>
    <message>
        <source>Open &amp;folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Open a folder of QR frames (frame-001.png, …), as the other device&apos;s &quot;Save frames…&quot; writes them</source>
        <translation>Einen Ordner mit QR-Bildern öffnen (frame-001.png, …), wie „Bilder speichern…“ auf dem anderen Gerät sie schreibt</translation>
    </message>
    <message>
        <source>%1 holds no QR images. Open the folder the frames were saved in.</source>
        <translation>%1 enthält keine QR-Bilder. Öffnen Sie den Ordner, in dem die Bilder gespeichert wurden.</translation>
    </message>
</context>
<context>
    <name>fb::ui::QrSink</name>
    <message>
        <source>Show as Q&amp;R…</source>
        <translation>Als Q&amp;R anzeigen…</translation>
    </message>
    <message>
        <source>There is no signed transaction to show.</source>
        <translation>Es gibt keine signierte Transaktion anzuzeigen.</translation>
    </message>
    <message>
        <source>Signed transaction as QR codes</source>
        <translation>Signierte Transaktion als QR-Codes</translation>
    </message>
    <message>
        <source>Scan these frames with the online device until it has read the whole ur:%1. It takes them in any order.</source>
        <translation>Scannen Sie diese Bilder mit dem Online-Gerät, bis es das gesamte ur:%1 gelesen hat. Die Reihenfolge ist beliebig.</translation>
    </message>
    <message>
        <source>Scan this code with the online device (ur:%1).</source>
        <translation>Scannen Sie diesen Code mit dem Online-Gerät (ur:%1).</translation>
    </message>
    <message numerus="yes">
        <source>Shown as an animated QR code (ur:%1, %n frame(s) a round).</source>
        <translation>
            <numerusform>Als animierter QR-Code angezeigt (ur:%1, %n Bild pro Runde).</numerusform>
            <numerusform>Als animierter QR-Code angezeigt (ur:%1, %n Bilder pro Runde).</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown as a QR code (ur:%1).</source>
        <translation>Als QR-Code angezeigt (ur:%1).</translation>
    </message>
    <message>
        <source>Show the signed transaction as a QR code for the online device&apos;s camera, animated when it does not fit one code; or save its frames as numbered PNG images</source>
        <translation>Die signierte Transaktion als QR-Code für die Kamera des Online-Geräts anzeigen, animiert, wenn sie nicht in einen Code passt; oder ihre Bilder als nummerierte PNG-Bilder speichern</translation>
    </message>
</context>
<context>
    <name>fb::ui::QrSource</name>
    <message>
        <source>From &amp;QR codes…</source>
        <translation>Aus &amp;QR-Codes…</translation>
    </message>
    <message>
        <source>Read the transaction&apos;s QR codes</source>
        <translation>QR-Codes der Transaktion lesen</translation>
    </message>
    <message numerus="yes">
        <source>QR codes (ur:%1, %n frame(s))</source>
        <translation>
            <numerusform>QR-Codes (ur:%1, %n Bild)</numerusform>
            <numerusform>QR-Codes (ur:%1, %n Bilder)</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the unsigned transaction from QR codes: images of them (an animated code&apos;s frames in any order, or the folder they were saved in) or this computer&apos;s camera. PSBTs come as ur:crypto-psbt, Stellar, Algorand and Starknet transactions as ur:bytes.</source>
        <translation>Die unsignierte Transaktion aus QR-Codes lesen: aus ihren Bildern (die Bilder eines animierten Codes in beliebiger Reihenfolge oder der Ordner, in dem sie gespeichert wurden) oder mit der Kamera dieses Computers. PSBTs kommen als ur:crypto-psbt, Stellar-, Algorand- und Starknet-Transaktionen als ur:bytes.</translation>
    </message>
    <message>
        <source>Open or drop the QR images the other device made (or the folder of its frames), or hold its screen in front of the camera. An animated code&apos;s frames can come in any order; missed frames are made up by later ones.</source>
        <translation>Öffnen oder ziehen Sie die QR-Bilder des anderen Geräts hierher (oder den Ordner seiner Bilder), oder halten Sie seinen Bildschirm vor die Kamera. Die Bilder eines animierten Codes dürfen in beliebiger Reihenfolge kommen; verpasste Bilder gleichen spätere aus.</translation>
    </message>
</context>
<context>
    <name>fb::ui::ReceiveDialog</name>
    <message>
        <source>Receive on %1</source>
        <translation>Auf %1 empfangen</translation>
    </message>
    <message>
        <source>Ask the payer to send to this address, or to scan the code. Only send %1 to it.</source>
        <translation>Bitten Sie den Zahlenden, an diese Adresse zu senden oder den Code zu scannen. Senden Sie nur %1 dorthin.</translation>
    </message>
    <message>
        <source>QR code of the address</source>
        <translation>QR-Code der Adresse</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the address to the clipboard.</source>
        <translation>Adresse in die Zwischenablage kopieren.</translation>
    </message>
    <message>
        <source>&amp;Save QR as PNG…</source>
        <translation>QR als PNG &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the QR code as an image to share it.</source>
        <translation>QR-Code als Bild speichern, um ihn zu teilen.</translation>
    </message>
    <message>
        <source>Address copied.</source>
        <translation>Adresse kopiert.</translation>
    </message>
    <message>
        <source>The QR code could not be drawn.</source>
        <translation>Der QR-Code konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save the QR code</source>
        <translation>QR-Code speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>In %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>fb::ui::RecoveryWordsDialog</name>
    <message>
        <source>Recovery words</source>
        <translation>Wiederherstellungswörter</translation>
    </message>
    <message>
        <source>Anyone who sees these words can take everything in this wallet. Write them down on paper, in order, and keep them offline. Never type them into a website.</source>
        <translation>Wer diese Wörter sieht, kann alles aus diesem Wallet entnehmen. Schreiben Sie sie der Reihe nach auf Papier und bewahren Sie sie offline auf. Geben Sie sie niemals auf einer Website ein.</translation>
    </message>
    <message>
        <source>Let me select the words (to paste them into a password manager)</source>
        <translation>Wörter auswählbar machen (zum Einfügen in einen Passwortmanager)</translation>
    </message>
</context>
<context>
    <name>fb::ui::ReportProblemDialog</name>
    <message>
        <source>Report a Problem</source>
        <translation>Problem melden</translation>
    </message>
    <message>
        <source>Describe what you did and what happened, then paste this report below your description. It holds the versions and the app&apos;s recent log, with no keys, passwords or recovery phrases. Read it before you send it.</source>
        <translation>Beschreiben Sie, was Sie getan haben und was passiert ist, und fügen Sie diesen Bericht unter Ihrer Beschreibung ein. Er enthält die Versionen und das aktuelle Protokoll der App, ohne Schlüssel, Passwörter oder Wiederherstellungsphrasen. Lesen Sie ihn vor dem Senden.</translation>
    </message>
    <message>
        <source>Problem report</source>
        <translation>Problembericht</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>In die Zwischenablage &amp;kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>fb::ui::SendDialog</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>%1 #%2 — %3</source>
        <translation>%1 Nr. %2 — %3</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>G… (56 characters)</source>
        <translation>G… (56 Zeichen)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>optional, up to 28 characters</source>
        <translation>optional, bis zu 28 Zeichen</translation>
    </message>
    <message>
        <source>&amp;Memo:</source>
        <translation>&amp;Memo:</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Prüfen…</translation>
    </message>
    <message>
        <source>Build the payment and show it in plain words before signing.</source>
        <translation>Die Zahlung erstellen und vor dem Signieren verständlich anzeigen.</translation>
    </message>
    <message>
        <source>The wallet has no account to send from.</source>
        <translation>Das Wallet hat kein Konto zum Senden.</translation>
    </message>
    <message>
        <source>The amount: %1</source>
        <translation>Der Betrag: %1</translation>
    </message>
    <message>
        <source>This payment leaves your wallet for good once the ledger takes it. Check the recipient and the amount, then sign.</source>
        <translation>Diese Zahlung verlässt Ihr Wallet endgültig, sobald der Ledger sie annimmt. Prüfen Sie Empfänger und Betrag und signieren Sie dann.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Nicht gesendet.</translation>
    </message>
    <message>
        <source>A valid %1 address.</source>
        <translation>Eine gültige %1-Adresse.</translation>
    </message>
    <message>
        <source>Sending %1 from this page is not available.</source>
        <translation>Senden von %1 ist auf dieser Seite nicht verfügbar.</translation>
    </message>
    <message>
        <source>58 characters, A–Z and 2–7</source>
        <translation>58 Zeichen, A–Z und 2–7</translation>
    </message>
    <message>
        <source>optional note, readable by anyone</source>
        <translation>optionale Notiz, für alle lesbar</translation>
    </message>
    <message>
        <source>tb1q… (development network, testnet format)</source>
        <translation>tb1q… (Entwicklungsnetzwerk, Testnet-Format)</translation>
    </message>
    <message>
        <source>Bitcoin transfers carry no memo</source>
        <translation>Bitcoin-Überweisungen tragen kein Memo</translation>
    </message>
    <message>
        <source>0x… (up to 64 hexadecimal digits)</source>
        <translation>0x… (bis zu 64 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>Starknet transfers carry no memo</source>
        <translation>Starknet-Überweisungen tragen kein Memo</translation>
    </message>
    <message>
        <source>Amounts are in STRK (up to 9 decimals). The development network charges no fee.</source>
        <translation>Beträge in STRK (bis zu 9 Dezimalstellen). Das Entwicklungsnetzwerk erhebt keine Gebühr.</translation>
    </message>
    <message>
        <source>A higher fee rate gets the payment into a block sooner.</source>
        <translation>Ein höherer Gebührensatz bringt die Zahlung früher in einen Block.</translation>
    </message>
    <message>
        <source>&amp;Fee:</source>
        <translation>G&amp;ebühr:</translation>
    </message>
    <message>
        <source>%1 #%2 — %3 — %4</source>
        <translation>%1 #%2 — %3 — %4</translation>
    </message>
    <message>
        <source>%1 — %2 sat/vB, about %3</source>
        <translation>%1 — %2 sat/vB, etwa %3</translation>
    </message>
    <message>
        <source>%1 — %2 sat/vB, about %3 (%4)</source>
        <translation>%1 — %2 sat/vB, etwa %3 (%4)</translation>
    </message>
    <message>
        <source>Network minimum</source>
        <translation>Netzwerkminimum</translation>
    </message>
    <message numerus="yes">
        <source>Economy (about %n block(s))</source>
        <translation>
            <numerusform>Günstig (etwa %n Block)</numerusform>
            <numerusform>Günstig (etwa %n Blöcke)</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority (next block)</source>
        <translation>Priorität (nächster Block)</translation>
    </message>
    <message numerus="yes">
        <source>Normal (about %n block(s))</source>
        <translation>
            <numerusform>Normal (etwa %n Block)</numerusform>
            <numerusform>Normal (etwa %n Blöcke)</numerusform>
        </translation>
    </message>
    <message>
        <source>Amounts are in BTC (8 decimals). The fee is the rate you choose times the payment&apos;s size, paid from your coins; the review shows it exactly. The payment is confirmed once a block holds it.</source>
        <translation>Beträge in BTC (8 Dezimalstellen). Die Gebühr ist der gewählte Satz mal die Größe der Zahlung und wird aus Ihren Coins bezahlt; die Prüfung zeigt sie genau. Die Zahlung ist bestätigt, sobald ein Block sie enthält.</translation>
    </message>
    <message>
        <source>Sign on another &amp;device…</source>
        <translation>Auf anderem &amp;Gerät signieren…</translation>
    </message>
    <message>
        <source>Export this payment (a file or QR codes) to an offline signer that holds this wallet&apos;s keys, then import the signed result here and send it.</source>
        <translation>Diese Zahlung (Datei oder QR-Codes) an einen Offline-Signierer exportieren, der die Schlüssel dieses Wallets hält, dann das signierte Ergebnis hier importieren und senden.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>Amounts are in ALGO (6 decimals). The network fee is %1.</source>
        <translation>Beträge werden in ALGO angegeben (6 Dezimalstellen). Die Netzwerkgebühr beträgt %1.</translation>
    </message>
    <message>
        <source>Amounts are in XLM. The network fee is %1.</source>
        <translation>Beträge werden in XLM angegeben. Die Netzwerkgebühr beträgt %1.</translation>
    </message>
</context>
<context>
    <name>fb::ui::SettingsPage</name>
    <message>
        <source>Preferences are kept for this user on this computer.</source>
        <translation>Die Einstellungen werden für diesen Benutzer auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systemeinstellung verwenden</translation>
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
        <translation>Sp&amp;rache:</translation>
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
        <translation>Des&amp;ign:</translation>
    </message>
    <message>
        <source>Platform node URL</source>
        <translation>URL des Plattformknotens</translation>
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
    <message>
        <source>T&amp;rust this certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>Anzeigewährung</translation>
    </message>
    <message>
        <source>Prices are shown in this currency at the platform&apos;s exchange rates; payments still settle in the currency you pay with.</source>
        <translation>Preise werden zu den Wechselkursen der Plattform in dieser Währung angezeigt; bezahlt wird weiterhin in der Währung, mit der Sie zahlen.</translation>
    </message>
    <message>
        <source>&amp;Prices in:</source>
        <translation>&amp;Preise in:</translation>
    </message>
    <message>
        <source>Platform node</source>
        <translation>Plattformknoten</translation>
    </message>
    <message>
        <source>Flashback runs a platform node on this computer with a demo network; nothing leaves this computer.</source>
        <translation>Flashback betreibt auf diesem Computer einen Plattformknoten mit einem Demo-Netzwerk; nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>https://node.example.org</source>
        <translation>https://node.example.org</translation>
    </message>
    <message>
        <source>The address of a Flashback platform node, with http:// or https://.</source>
        <translation>Die Adresse eines Flashback-Plattformknotens, mit http:// oder https://.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The local network starts with Flashback; save and restart to use it.</source>
        <translation>Das lokale Netzwerk startet mit Flashback; speichern und neu starten, um es zu nutzen.</translation>
    </message>
    <message>
        <source>Enter the node&apos;s address, e.g. https://node.example.org.</source>
        <translation>Geben Sie die Adresse des Knotens ein, z. B. https://node.example.org.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Connected: the node at %1 answers.</source>
        <translation>Verbunden: der Knoten %1 antwortet.</translation>
    </message>
    <message>
        <source>Connected: the node at %1 answers (version %2).</source>
        <translation>Verbunden: der Knoten %1 antwortet (Version %2).</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Keine Verbindung: %1</translation>
    </message>
    <message>
        <source>The node&apos;s certificate is not trusted: %1</source>
        <translation>Dem Zertifikat des Knotens wird nicht vertraut: %1</translation>
    </message>
    <message>
        <source>Certificate for “%1”, SHA-256 fingerprint:
%2
Trust it only if the node&apos;s operator gave you this same fingerprint.</source>
        <translation>Zertifikat für „%1“, SHA-256-Fingerabdruck:
%2
Vertrauen Sie ihm nur, wenn der Betreiber des Knotens Ihnen genau diesen Fingerabdruck genannt hat.</translation>
    </message>
    <message>
        <source>Trusted certificate %1.</source>
        <translation>Zertifikat %1 als vertrauenswürdig gespeichert.</translation>
    </message>
    <message>
        <source>Saved. This is the node already in use.</source>
        <translation>Gespeichert. Dieser Knoten wird bereits verwendet.</translation>
    </message>
    <message>
        <source>Saved: switching to the local network…</source>
        <translation>Gespeichert: Wechsel zum lokalen Netzwerk…</translation>
    </message>
    <message>
        <source>Saved: connecting to %1…</source>
        <translation>Gespeichert: Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Wallet security</source>
        <translation>Wallet-Sicherheit</translation>
    </message>
    <message>
        <source>Lock the wallet after</source>
        <translation>Wallet sperren nach</translation>
    </message>
    <message>
        <source>Once unlocked, the wallet signs and opens your files without asking for the password again until this long passes without keyboard or mouse input, or the computer sleeps or locks its screen.</source>
        <translation>Einmal entsperrt, signiert das Wallet und öffnet Ihre Dateien, ohne erneut nach dem Passwort zu fragen, bis diese Zeit ohne Tastatur- oder Mauseingabe vergeht oder der Computer in den Ruhezustand wechselt oder seinen Bildschirm sperrt.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Loc&amp;k the wallet after:</source>
        <translation>Wallet sperren &amp;nach:</translation>
    </message>
    <message>
        <source>The wallet also locks when the computer sleeps or the screen locks, and from File › Lock wallet now. A lock also locks your files and pauses their transfers.</source>
        <translation>Das Wallet wird auch gesperrt, wenn der Computer in den Ruhezustand wechselt oder der Bildschirm gesperrt wird, sowie über Datei › Wallet jetzt sperren. Eine Sperre sperrt auch Ihre Dateien und pausiert deren Übertragungen.</translation>
    </message>
    <message>
        <source>The wallet also locks from File › Lock wallet now. A lock also locks your files and pauses their transfers.</source>
        <translation>Das Wallet wird auch über Datei › Wallet jetzt sperren gesperrt. Eine Sperre sperrt auch Ihre Dateien und pausiert deren Übertragungen.</translation>
    </message>
    <message>
        <source>Local &amp;network (runs on this computer)</source>
        <translation>&amp;Lokales Netzwerk (läuft auf diesem Computer)</translation>
    </message>
    <message>
        <source>An&amp;other node</source>
        <translation>Anderer &amp;Knoten</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>S&amp;ave</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Open fol&amp;der</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>fb::ui::ShareLinkDialog</name>
    <message>
        <source>Share link for %1</source>
        <translation>Freigabelink für %1</translation>
    </message>
    <message>
        <source>Anyone with this link can download the encrypted object of &lt;b&gt;%1&lt;/b&gt; until it expires. They also need the file key to read it.</source>
        <translation>Jeder mit diesem Link kann das verschlüsselte Objekt von &lt;b&gt;%1&lt;/b&gt; herunterladen, bis der Link abläuft. Zum Lesen wird außerdem der Dateischlüssel benötigt.</translation>
    </message>
    <message>
        <source>Share link</source>
        <translation>Freigabelink</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Läuft ab: %1</translation>
    </message>
</context>
<context>
    <name>fb::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>fb::ui::SignDialog</name>
    <message>
        <source>TEST NETWORK (%1): this money has no value.</source>
        <translation>TESTNETZWERK (%1): Dieses Geld hat keinen Wert.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>an</translation>
    </message>
    <message>
        <source>Operation %1</source>
        <translation>Vorgang %1</translation>
    </message>
    <message>
        <source>Network fee</source>
        <translation>Netzwerkgebühr</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation>Transaktions-ID</translation>
    </message>
    <message>
        <source>Review and sign</source>
        <translation>Prüfen und signieren</translation>
    </message>
    <message>
        <source>Transaction %1 of %2</source>
        <translation>Transaktion %1 von %2</translation>
    </message>
    <message>
        <source>Transaction review</source>
        <translation>Transaktionsprüfung</translation>
    </message>
    <message>
        <source>Wallet password</source>
        <translation>Wallet-Passwort</translation>
    </message>
    <message>
        <source>&amp;Sign and pay</source>
        <translation>&amp;Signieren und bezahlen</translation>
    </message>
    <message>
        <source>Wallet &amp;password:</source>
        <translation>Wallet-&amp;Passwort:</translation>
    </message>
    <message>
        <source>The wallet is unlocked: signing uses it without asking for the password again.</source>
        <translation>Das Wallet ist entsperrt: Beim Signieren wird es genutzt, ohne erneut nach dem Passwort zu fragen.</translation>
    </message>
    <message>
        <source>%1 base units</source>
        <translation>%1 Basiseinheiten</translation>
    </message>
</context>
<context>
    <name>fb::ui::SignElsewhereDialog</name>
    <message>
        <source>Choose an empty folder for the export</source>
        <translation>Wählen Sie einen leeren Ordner für den Export</translation>
    </message>
    <message>
        <source>Import the signed payment</source>
        <translation>Signierte Zahlung importieren</translation>
    </message>
    <message>
        <source>Signed transactions and QR images (*.xdr *.b64 *.stxn *.psbt *.txt *.json *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Signierte Transaktionen und QR-Bilder (*.xdr *.b64 *.stxn *.psbt *.txt *.json *.png *.jpg *.jpeg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Sign on another device</source>
        <translation>Auf einem anderen Gerät signieren</translation>
    </message>
    <message>
        <source>Save as &amp;file…</source>
        <translation>Als &amp;Datei speichern…</translation>
    </message>
    <message>
        <source>&amp;Import signed…</source>
        <translation>Signiertes &amp;importieren…</translation>
    </message>
    <message>
        <source>Open what the signer wrote: the signed file, or every QR frame of one signed payment.</source>
        <translation>Öffnen, was der Signierer geschrieben hat: die signierte Datei oder alle QR-Bilder einer signierten Zahlung.</translation>
    </message>
    <message>
        <source>S&amp;ubmit payments</source>
        <translation>Zahlungen &amp;einreichen</translation>
    </message>
    <message>
        <source>&amp;Back to the review</source>
        <translation>&amp;Zurück zur Prüfung</translation>
    </message>
    <message>
        <source>Back to the payment&apos;s review, to sign with this wallet or cancel.</source>
        <translation>Zurück zur Prüfung der Zahlung, um mit diesem Wallet zu signieren oder abzubrechen.</translation>
    </message>
    <message>
        <source>There is no payment waiting for a signature.</source>
        <translation>Keine Zahlung wartet auf eine Signatur.</translation>
    </message>
    <message>
        <source>Every payment is signed: submit them.</source>
        <translation>Alle Zahlungen sind signiert: Reichen Sie sie ein.</translation>
    </message>
    <message>
        <source>%1 of %2 payments signed: import the others.</source>
        <translation>%1 von %2 Zahlungen signiert: Importieren Sie die anderen.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Choose another folder.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Saved %1 in %2. Open it in the offline signer, sign, and import what it writes.</source>
        <translation>%1 in %2 gespeichert. Öffnen Sie es im Offline-Signierer, signieren Sie und importieren Sie, was er schreibt.</translation>
    </message>
    <message>
        <source>Payments as QR codes</source>
        <translation>Zahlungen als QR-Codes</translation>
    </message>
    <message>
        <source>%1 cannot be read as a signed transaction%2.</source>
        <translation>%1 kann nicht als signierte Transaktion gelesen werden%2.</translation>
    </message>
    <message>
        <source> (too large)</source>
        <translation> (zu groß)</translation>
    </message>
    <message>
        <source>The QR frames cannot be read: %1</source>
        <translation>Die QR-Bilder können nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n QR frame(s)</source>
        <translation>
            <numerusform>%n QR-Bild</numerusform>
            <numerusform>%n QR-Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;1.&lt;/b&gt; Export the unsigned payments (one per provider) as files or as QR codes (shown on screen, or saved as frames), and open them in the offline signer on the other device (&lt;i&gt;flashback --offline-signer&lt;/i&gt;). </source>
        <translation>&lt;b&gt;1.&lt;/b&gt; Exportieren Sie die unsignierten Zahlungen (eine pro Anbieter) als Dateien oder QR-Codes (auf dem Bildschirm angezeigt oder als Bilder gespeichert) und öffnen Sie sie im Offline-Signierer auf dem anderen Gerät (&lt;i&gt;flashback --offline-signer&lt;/i&gt;). </translation>
    </message>
    <message>
        <source>&lt;b&gt;1.&lt;/b&gt; Export the unsigned payment as a file or as a QR code (shown on screen, or saved as frames), and open it in the offline signer on the other device (&lt;i&gt;flashback --offline-signer&lt;/i&gt;). </source>
        <translation>&lt;b&gt;1.&lt;/b&gt; Exportieren Sie die unsignierte Zahlung als Datei oder QR-Code (auf dem Bildschirm angezeigt oder als Bilder gespeichert) und öffnen Sie sie im Offline-Signierer auf dem anderen Gerät (&lt;i&gt;flashback --offline-signer&lt;/i&gt;). </translation>
    </message>
    <message>
        <source>Show as &amp;QR…</source>
        <translation>Als &amp;QR anzeigen…</translation>
    </message>
    <message>
        <source>Play the payments as QR codes on this screen, for the offline signer&apos;s camera (it reads the frames in any order), or save their frames as numbered PNG images for it to open.</source>
        <translation>Die Zahlungen als QR-Codes auf diesem Bildschirm abspielen, für die Kamera des Offline-Signierers (er liest die Bilder in beliebiger Reihenfolge), oder ihre Bilder als nummerierte PNG-Bilder zum Öffnen speichern.</translation>
    </message>
    <message>
        <source>&amp;Read signed QR…</source>
        <translation>Signierten QR &amp;lesen…</translation>
    </message>
    <message>
        <source>Read the signer&apos;s QR codes: with this computer&apos;s camera, or from its saved frames (images or their folder).</source>
        <translation>Die QR-Codes des Signierers lesen: mit der Kamera dieses Computers oder aus seinen gespeicherten Bildern (die Bilder oder ihr Ordner).</translation>
    </message>
    <message>
        <source>Hold the offline signer&apos;s camera to the code until it has read the payment; frames may be read in any order. Or save the frames and open them on the signer.</source>
        <translation>Halten Sie die Kamera des Offline-Signierers auf den Code, bis sie die Zahlung gelesen hat; die Bilder dürfen in beliebiger Reihenfolge gelesen werden. Oder speichern Sie die Bilder und öffnen Sie sie auf dem Signierer.</translation>
    </message>
    <message>
        <source>%1: %2 Open them in the offline signer, sign, and import what it writes.</source>
        <translation>%1: %2 Öffnen Sie sie im Offline-Signierer, signieren Sie und importieren Sie, was er schreibt.</translation>
    </message>
    <message>
        <source>Read the signed payment&apos;s QR codes</source>
        <translation>QR-Codes der signierten Zahlung lesen</translation>
    </message>
    <message>
        <source>Show the offline signer&apos;s QR code to the camera, or open the frames it saved (the images, or their folder). One payment at a time; frames in any order.</source>
        <translation>Zeigen Sie den QR-Code des Offline-Signierers der Kamera oder öffnen Sie die Bilder, die er gespeichert hat (die Bilder oder ihren Ordner). Eine Zahlung nach der anderen; Bilder in beliebiger Reihenfolge.</translation>
    </message>
    <message>
        <source>The QR frames do not hold the whole payment: %1. Open every frame the signer saved.</source>
        <translation>Die QR-Bilder enthalten nicht die ganze Zahlung: %1. Öffnen Sie alle Bilder, die der Signierer gespeichert hat.</translation>
    </message>
    <message>
        <source>&lt;b&gt;2.&lt;/b&gt; Check the summary below against what the signer shows, and sign there. &lt;b&gt;3.&lt;/b&gt; Import what the signer wrote (its file or its QR codes) here and submit.</source>
        <translation>&lt;b&gt;2.&lt;/b&gt; Vergleichen Sie die Zusammenfassung unten mit der Anzeige des Signierers und signieren Sie dort. &lt;b&gt;3.&lt;/b&gt; Importieren Sie hier, was der Signierer geschrieben hat (seine Datei oder seine QR-Codes), und reichen Sie es ein.</translation>
    </message>
    <message>
        <source>What is exported: the summary and the payments</source>
        <translation>Was exportiert wird: die Zusammenfassung und die Zahlungen</translation>
    </message>
    <message>
        <source>Write one signing request file per payment (JSON: the transaction and its summary) into a folder you choose, e.g. on a USB stick.</source>
        <translation>Pro Zahlung eine Signaturanfrage-Datei (JSON: Transaktion und Zusammenfassung) in einen Ordner Ihrer Wahl schreiben, z. B. auf einen USB-Stick.</translation>
    </message>
    <message>
        <source>S&amp;ubmit the payment</source>
        <translation>Zahlung &amp;einreichen</translation>
    </message>
    <message>
        <source>Send what was signed to the ledger and follow it until it is confirmed.</source>
        <translation>Das Signierte an den Ledger senden und verfolgen, bis es bestätigt ist.</translation>
    </message>
    <message>
        <source>The payment is signed: submit it.</source>
        <translation>Die Zahlung ist signiert: Reichen Sie sie ein.</translation>
    </message>
</context>
<context>
    <name>fb::ui::SignerWindow</name>
    <message>
        <source>Stellar transaction</source>
        <translation>Stellar-Transaktion</translation>
    </message>
    <message>
        <source>Algorand transaction</source>
        <translation>Algorand-Transaktion</translation>
    </message>
    <message>
        <source>Bitcoin transaction (PSBT)</source>
        <translation>Bitcoin-Transaktion (PSBT)</translation>
    </message>
    <message>
        <source>Sign a transaction</source>
        <translation>Transaktion signieren</translation>
    </message>
    <message>
        <source>Open, paste or scan an unsigned transaction, read what it does, sign it with your wallet password, then save, copy or show as QR codes the signed result for the online computer.</source>
        <translation>Öffnen, einfügen oder scannen Sie eine unsignierte Transaktion, lesen Sie, was sie bewirkt, signieren Sie sie mit Ihrem Wallet-Passwort und speichern, kopieren oder zeigen Sie das signierte Ergebnis als QR-Codes für den Online-Computer.</translation>
    </message>
    <message>
        <source>1. Unsigned transaction</source>
        <translation>1. Unsignierte Transaktion</translation>
    </message>
    <message>
        <source>Pasted transaction text</source>
        <translation>Eingefügter Transaktionstext</translation>
    </message>
    <message>
        <source>Paste an unsigned transaction as text; it is read as you paste</source>
        <translation>Fügen Sie eine unsignierte Transaktion als Text ein; sie wird beim Einfügen gelesen</translation>
    </message>
    <message>
        <source>Public network</source>
        <translation>Öffentliches Netzwerk</translation>
    </message>
    <message>
        <source>Test network</source>
        <translation>Testnetzwerk</translation>
    </message>
    <message>
        <source>Futurenet</source>
        <translation>Futurenet</translation>
    </message>
    <message>
        <source>Other (passphrase)</source>
        <translation>Anderes (Passphrase)</translation>
    </message>
    <message>
        <source>A Stellar envelope does not say its network: the signature is only valid on the network chosen here</source>
        <translation>Ein Stellar-Umschlag nennt sein Netzwerk nicht: Die Signatur ist nur im hier gewählten Netzwerk gültig</translation>
    </message>
    <message>
        <source>Network passphrase</source>
        <translation>Netzwerk-Passphrase</translation>
    </message>
    <message>
        <source>The passphrase of the Stellar network the transaction is for</source>
        <translation>Die Passphrase des Stellar-Netzwerks, für das die Transaktion bestimmt ist</translation>
    </message>
    <message>
        <source>Stellar &amp;network:</source>
        <translation>Stellar-&amp;Netzwerk:</translation>
    </message>
    <message>
        <source>Bitcoin mainnet</source>
        <translation>Bitcoin-Mainnet</translation>
    </message>
    <message>
        <source>Bitcoin testnet</source>
        <translation>Bitcoin-Testnet</translation>
    </message>
    <message>
        <source>Chosen from the inputs&apos; derivation paths; change it if the addresses look wrong</source>
        <translation>Aus den Ableitungspfaden der Inputs gewählt; ändern Sie es, wenn die Adressen falsch aussehen</translation>
    </message>
    <message>
        <source>Bitcoin n&amp;etwork:</source>
        <translation>Bitcoin-N&amp;etzwerk:</translation>
    </message>
    <message>
        <source>Which of the wallet&apos;s accounts signs (0 is the first). Bitcoin signs every input that belongs to the wallet.</source>
        <translation>Welches Konto des Wallets signiert (0 ist das erste). Bitcoin signiert jeden Input, der zum Wallet gehört.</translation>
    </message>
    <message>
        <source>&amp;Account index:</source>
        <translation>Konto&amp;index:</translation>
    </message>
    <message>
        <source>2. Review</source>
        <translation>2. Prüfung</translation>
    </message>
    <message>
        <source>Transaction review</source>
        <translation>Prüfung der Transaktion</translation>
    </message>
    <message>
        <source>Nothing to review yet: open a transaction file, drop one here or paste its text above.</source>
        <translation>Noch nichts zu prüfen: Öffnen Sie eine Transaktionsdatei, ziehen Sie eine hierher oder fügen Sie ihren Text oben ein.</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Signieren…</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Sign with the wallet password after reading the review (%1)</source>
        <translation>Nach dem Lesen der Prüfung mit dem Wallet-Passwort signieren (%1)</translation>
    </message>
    <message>
        <source>3. Signed transaction</source>
        <translation>3. Signierte Transaktion</translation>
    </message>
    <message>
        <source>Signed transaction text</source>
        <translation>Text der signierten Transaktion</translation>
    </message>
    <message>
        <source>The signed transaction appears here once signed.</source>
        <translation>Die signierte Transaktion erscheint hier nach dem Signieren.</translation>
    </message>
    <message>
        <source>%1 is not a transaction this signer reads.</source>
        <translation>%1 ist keine Transaktion, die dieser Signierer lesen kann.</translation>
    </message>
    <message>
        <source>The transaction shown below was not replaced.</source>
        <translation>Die unten angezeigte Transaktion wurde nicht ersetzt.</translation>
    </message>
    <message>
        <source>Replace the signed transaction?</source>
        <translation>Signierte Transaktion ersetzen?</translation>
    </message>
    <message>
        <source>The transaction signed here has not been saved or copied yet. Load the new one and drop that signature?</source>
        <translation>Die hier signierte Transaktion wurde noch nicht gespeichert oder kopiert. Die neue laden und diese Signatur verwerfen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Loaded from %1.</source>
        <translation>Aus %1 geladen.</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>dem eingefügten Text</translation>
    </message>
    <message>
        <source>Valid now.</source>
        <translation>Jetzt gültig.</translation>
    </message>
    <message>
        <source>Does not expire.</source>
        <translation>Läuft nicht ab.</translation>
    </message>
    <message>
        <source>Not valid yet.</source>
        <translation>Noch nicht gültig.</translation>
    </message>
    <message>
        <source>Expires within a minute.</source>
        <translation>Läuft innerhalb einer Minute ab.</translation>
    </message>
    <message>
        <source>Expired.</source>
        <translation>Abgelaufen.</translation>
    </message>
    <message>
        <source>Cannot be checked offline.</source>
        <translation>Offline nicht prüfbar.</translation>
    </message>
    <message>
        <source>What the exporter says it is for:</source>
        <translation>Zweck laut Exporteur:</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>Gültigkeit:</translation>
    </message>
    <message>
        <source>Accounts that sign:</source>
        <translation>Signierende Konten:</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signiert</translation>
    </message>
    <message>
        <source>signature needed</source>
        <translation>Signatur erforderlich</translation>
    </message>
    <message>
        <source>this wallet</source>
        <translation>dieses Wallet</translation>
    </message>
    <message>
        <source>This wallet&apos;s accounts are marked once the password opens it.</source>
        <translation>Die Konten dieses Wallets werden markiert, sobald das Passwort es öffnet.</translation>
    </message>
    <message>
        <source>Transaction %1 of %2</source>
        <translation>Transaktion %1 von %2</translation>
    </message>
    <message>
        <source>Every required signature is already present: nothing to sign.</source>
        <translation>Alle erforderlichen Signaturen sind bereits vorhanden: nichts zu signieren.</translation>
    </message>
    <message>
        <source>It has expired: the network will refuse it. %1</source>
        <translation>Sie ist abgelaufen: Das Netzwerk wird sie ablehnen. %1</translation>
    </message>
    <message>
        <source>It expires within a minute and may be refused before it reaches the network. %1</source>
        <translation>Sie läuft innerhalb einer Minute ab und könnte abgelehnt werden, bevor sie das Netzwerk erreicht. %1</translation>
    </message>
    <message>
        <source>Sign anyway?</source>
        <translation>Trotzdem signieren?</translation>
    </message>
    <message>
        <source>Read this before signing:</source>
        <translation>Lesen Sie dies vor dem Signieren:</translation>
    </message>
    <message>
        <source>Sign anyway</source>
        <translation>Trotzdem signieren</translation>
    </message>
    <message>
        <source>There is no wallet in this data folder: create or restore it on the Wallet page first.</source>
        <translation>In diesem Datenordner gibt es kein Wallet: Erstellen oder wiederherstellen Sie es zuerst auf der Wallet-Seite.</translation>
    </message>
    <message>
        <source>Unlock the wallet to sign</source>
        <translation>Wallet zum Signieren entsperren</translation>
    </message>
    <message>
        <source>Wallet password (account %1):</source>
        <translation>Wallet-Passwort (Konto %1):</translation>
    </message>
    <message>
        <source>Opening the wallet…</source>
        <translation>Wallet wird geöffnet…</translation>
    </message>
    <message>
        <source>The password does not open this wallet. Press Sign to try again.</source>
        <translation>Das Passwort öffnet dieses Wallet nicht. Klicken Sie auf Signieren, um es erneut zu versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>Signed (%n signature(s) added); every required signature is present. Save or copy it for the online computer.</source>
        <translation>
            <numerusform>Signiert (%n Signatur hinzugefügt); alle erforderlichen Signaturen sind vorhanden. Speichern oder kopieren Sie sie für den Online-Computer.</numerusform>
            <numerusform>Signiert (%n Signaturen hinzugefügt); alle erforderlichen Signaturen sind vorhanden. Speichern oder kopieren Sie sie für den Online-Computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signed (%n signature(s) added); other accounts must still sign. Save or copy it for the next signer.</source>
        <translation>
            <numerusform>Signiert (%n Signatur hinzugefügt); andere Konten müssen noch signieren. Speichern oder kopieren Sie sie für den nächsten Signierer.</numerusform>
            <numerusform>Signiert (%n Signaturen hinzugefügt); andere Konten müssen noch signieren. Speichern oder kopieren Sie sie für den nächsten Signierer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starknet transaction (INVOKE v3)</source>
        <translation>Starknet-Transaktion (INVOKE v3)</translation>
    </message>
    <message>
        <source>Paste the transaction here (base64 Stellar XDR, base64 Algorand msgpack, base64 PSBT, Starknet INVOKE v3 JSON or a signing request), or drop its file on this window.</source>
        <translation>Fügen Sie die Transaktion hier ein (Stellar-XDR in Base64, Algorand-msgpack in Base64, PSBT in Base64, Starknet-INVOKE-v3-JSON oder eine Signaturanfrage) oder ziehen Sie ihre Datei auf dieses Fenster.</translation>
    </message>
</context>
<context>
    <name>fb::ui::SlaWizard</name>
    <message>
        <source>What do you need?</source>
        <translation>Was benötigen Sie?</translation>
    </message>
    <message>
        <source>Describe the storage; the next step finds the providers that fit and costs them.</source>
        <translation>Beschreiben Sie den Speicher; im nächsten Schritt werden passende Anbieter gesucht und ihre Kosten berechnet.</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>How much data you will keep (1 GB = 10^9 bytes).</source>
        <translation>Wie viele Daten Sie aufbewahren werden (1 GB = 10^9 Byte).</translation>
    </message>
    <message>
        <source> GB / month</source>
        <translation> GB / Monat</translation>
    </message>
    <message>
        <source>How much you expect to download each month.</source>
        <translation>Wie viel Sie voraussichtlich pro Monat herunterladen.</translation>
    </message>
    <message>
        <source>Full copies with several providers</source>
        <translation>Vollständige Kopien bei mehreren Anbietern</translation>
    </message>
    <message>
        <source>Erasure coding: any k of n shards rebuild the data</source>
        <translation>Erasure Coding: beliebige k von n Fragmenten stellen die Daten wieder her</translation>
    </message>
    <message>
        <source>Each copy lives with a different provider.</source>
        <translation>Jede Kopie liegt bei einem anderen Anbieter.</translation>
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
        <translation>Die niedrigste QoS-Stufe, die Sie akzeptieren (Verfügbarkeits- und Latenzziele steigen mit der Stufe).</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Untick the regions your data must not go to.</source>
        <translation>Entfernen Sie das Häkchen bei Regionen, in die Ihre Daten nicht gelangen dürfen.</translation>
    </message>
    <message>
        <source>e.g. US, CN</source>
        <translation>z. B. US, CN</translation>
    </message>
    <message>
        <source>Put each copy or shard in a different &amp;region</source>
        <translation>Jede Kopie bzw. jedes Fragment in einer anderen &amp;Region ablegen</translation>
    </message>
    <message>
        <source>Mix &amp;cloud and DePIN providers</source>
        <translation>&amp;Cloud- und DePIN-Anbieter mischen</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>XLM from the embedded wallet</source>
        <translation>XLM aus der integrierten Wallet</translation>
    </message>
    <message>
        <source>Card (platform checkout)</source>
        <translation>Karte (Bezahlseite der Plattform)</translation>
    </message>
    <message>
        <source>Data size in GB</source>
        <translation>Datenmenge in GB</translation>
    </message>
    <message>
        <source>Expected downloads in GB per month</source>
        <translation>Erwartete Downloads in GB pro Monat</translation>
    </message>
    <message>
        <source>Duration in days</source>
        <translation>Laufzeit in Tagen</translation>
    </message>
    <message>
        <source>Redundancy</source>
        <translation>Redundanz</translation>
    </message>
    <message>
        <source>Number of copies</source>
        <translation>Anzahl der Kopien</translation>
    </message>
    <message>
        <source>Shards needed to rebuild (k)</source>
        <translation>Zur Wiederherstellung nötige Fragmente (k)</translation>
    </message>
    <message>
        <source>Shards in total (n)</source>
        <translation>Fragmente insgesamt (n)</translation>
    </message>
    <message>
        <source>Minimum QoS tier</source>
        <translation>Minimale QoS-Stufe</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Allowed regions</source>
        <translation>Erlaubte Regionen</translation>
    </message>
    <message>
        <source>Excluded countries</source>
        <translation>Ausgeschlossene Länder</translation>
    </message>
    <message>
        <source>Different region for each copy</source>
        <translation>Andere Region für jede Kopie</translation>
    </message>
    <message>
        <source>Mix cloud and DePIN providers</source>
        <translation>Cloud- und DePIN-Anbieter mischen</translation>
    </message>
    <message>
        <source>Maximum total budget in US dollars</source>
        <translation>Maximales Gesamtbudget in US-Dollar</translation>
    </message>
    <message>
        <source>Pay with</source>
        <translation>Bezahlen mit</translation>
    </message>
    <message>
        <source>&amp;Data size:</source>
        <translation>&amp;Datenmenge:</translation>
    </message>
    <message>
        <source>Expected down&amp;loads:</source>
        <translation>Erwartete Down&amp;loads:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>La&amp;ufzeit:</translation>
    </message>
    <message>
        <source>R&amp;edundancy:</source>
        <translation>R&amp;edundanz:</translation>
    </message>
    <message>
        <source>C&amp;opies:</source>
        <translation>&amp;Kopien:</translation>
    </message>
    <message>
        <source>&amp;Shards:</source>
        <translation>&amp;Fragmente:</translation>
    </message>
    <message>
        <source>Minimum QoS &amp;tier:</source>
        <translation>Minimale QoS-&amp;Stufe:</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protokoll:</translation>
    </message>
    <message>
        <source>Allowed re&amp;gions:</source>
        <translation>Erlaubte Re&amp;gionen:</translation>
    </message>
    <message>
        <source>E&amp;xcluded countries:</source>
        <translation>Ausgeschlossene Lä&amp;nder:</translation>
    </message>
    <message>
        <source>&amp;Maximum budget (total):</source>
        <translation>&amp;Maximales Budget (gesamt):</translation>
    </message>
    <message>
        <source>Pay &amp;with:</source>
        <translation>Be&amp;zahlen mit:</translation>
    </message>
    <message>
        <source>Recommended providers</source>
        <translation>Empfohlene Anbieter</translation>
    </message>
    <message>
        <source>Provider, offer and why it was chosen</source>
        <translation>Anbieter, Angebot und Grund der Auswahl</translation>
    </message>
    <message>
        <source>Cost over the term</source>
        <translation>Kosten über die Laufzeit</translation>
    </message>
    <message>
        <source>Chosen providers</source>
        <translation>Ausgewählte Anbieter</translation>
    </message>
    <message>
        <source>The marketplace is not available yet: %1</source>
        <translation>Der Marktplatz ist noch nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>What you will pay</source>
        <translation>Was Sie bezahlen</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Keeps</source>
        <translation>Speichert</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Quote per provider</source>
        <translation>Kostenvoranschlag pro Anbieter</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Not connected to a platform node; check Settings.</source>
        <translation>Nicht mit einem Plattformknoten verbunden; prüfen Sie die Einstellungen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Total %1&lt;/b&gt; (storage %2, downloads %3, platform fee %4)</source>
        <translation>&lt;b&gt;Gesamt %1&lt;/b&gt; (Speicher %2, Downloads %3, Plattformgebühr %4)</translation>
    </message>
    <message>
        <source>&lt;br&gt;You pay &lt;b&gt;%1&lt;/b&gt; by card on the platform&apos;s checkout page.</source>
        <translation>&lt;br&gt;Sie zahlen &lt;b&gt;%1&lt;/b&gt; per Karte auf der Bezahlseite der Plattform.</translation>
    </message>
    <message>
        <source>Pay into escrow</source>
        <translation>Auf das Treuhandkonto einzahlen</translation>
    </message>
    <message>
        <source>Your wallet signs one payment per provider into the platform&apos;s escrow. You see each transaction before signing.</source>
        <translation>Ihre Wallet signiert pro Anbieter eine Zahlung auf das Treuhandkonto der Plattform. Sie sehen jede Transaktion, bevor Sie sie signieren.</translation>
    </message>
    <message>
        <source>&amp;Set up a wallet…</source>
        <translation>Wallet ein&amp;richten…</translation>
    </message>
    <message>
        <source>Get &amp;development funds (no value)</source>
        <translation>&amp;Entwicklungsguthaben holen (ohne Wert)</translation>
    </message>
    <message>
        <source>The local network&apos;s faucet credits test XLM to your wallet.</source>
        <translation>Das Faucet des lokalen Netzwerks schreibt Ihrer Wallet Test-XLM gut.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Set up a wallet</source>
        <translation>Wallet einrichten</translation>
    </message>
    <message>
        <source>Get development funds</source>
        <translation>Entwicklungsguthaben holen</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Bezahlen</translation>
    </message>
    <message>
        <source>Stop paying</source>
        <translation>Zahlungen stoppen</translation>
    </message>
    <message>
        <source>Payment progress</source>
        <translation>Zahlungsfortschritt</translation>
    </message>
    <message>
        <source>Pay by card</source>
        <translation>Per Karte bezahlen</translation>
    </message>
    <message>
        <source>Your wallet signs you in (it is your account on the platform); then the platform&apos;s checkout page takes the card payment into escrow, once per provider.</source>
        <translation>Ihre Wallet meldet Sie an (sie ist Ihr Konto auf der Plattform); danach nimmt die Bezahlseite der Plattform die Kartenzahlung auf das Treuhandkonto entgegen, einmal pro Anbieter.</translation>
    </message>
    <message>
        <source>&amp;Pay %1 by card</source>
        <translation>%1 per Karte &amp;bezahlen</translation>
    </message>
    <message>
        <source>&amp;Pay %1</source>
        <translation>%1 &amp;bezahlen</translation>
    </message>
    <message>
        <source>You have no wallet yet. Set one up: it takes a minute, and its recovery phrase is yours alone.</source>
        <translation>Sie haben noch keine Wallet. Richten Sie eine ein: Das dauert eine Minute, und ihre Wiederherstellungsphrase gehört nur Ihnen.</translation>
    </message>
    <message>
        <source>Your platform account: %1
Your wallet signs you in; the card pays.</source>
        <translation>Ihr Plattformkonto: %1
Ihre Wallet meldet Sie an; die Karte bezahlt.</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Your wallet password signs you in to %1:</source>
        <translation>Ihr Wallet-Passwort meldet Sie an (%1):</translation>
    </message>
    <message>
        <source>Card payment %1 of %2 (%3): fill in the checkout below. It is the platform&apos;s page, served by %4.</source>
        <translation>Kartenzahlung %1 von %2 (%3): Füllen Sie das Zahlungsformular unten aus. Es ist die Seite der Plattform, bereitgestellt von %4.</translation>
    </message>
    <message>
        <source>Checkout page</source>
        <translation>Bezahlseite</translation>
    </message>
    <message>
        <source>It opened in your web browser; this page goes on by itself once the payment is recorded.</source>
        <translation>Sie wurde in Ihrem Webbrowser geöffnet; diese Seite geht von selbst weiter, sobald die Zahlung erfasst ist.</translation>
    </message>
    <message>
        <source>These payments put %1 into the platform&apos;s escrow for your storage agreement. Check the amounts and the memo, then sign.</source>
        <translation>Diese Zahlungen überweisen %1 auf das Treuhandkonto der Plattform für Ihren Speichervertrag. Prüfen Sie die Beträge und das Memo, und signieren Sie dann.</translation>
    </message>
    <message>
        <source>Your agreement</source>
        <translation>Ihr Vertrag</translation>
    </message>
    <message>
        <source>Each provider&apos;s part, live. Funded means the escrow holds the money; Active means the provider confirmed your storage is ready and the term has started.</source>
        <translation>Der Anteil jedes Anbieters, live. Finanziert bedeutet, dass das Treuhandkonto das Geld verwahrt; Aktiv bedeutet, dass der Anbieter bestätigt hat, dass Ihr Speicher bereit ist und die Laufzeit begonnen hat.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Deals of this agreement</source>
        <translation>Teilverträge dieses Vertrags</translation>
    </message>
    <message>
        <source>You can close this window: the SLAs page keeps tracking the agreement, its payments and its QoS.</source>
        <translation>Sie können dieses Fenster schließen: Die SLA-Seite verfolgt den Vertrag, seine Zahlungen und seine QoS weiter.</translation>
    </message>
    <message>
        <source>New storage agreement</source>
        <translation>Neuer Speichervertrag</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The platform&apos;s quote: storage and downloads per provider, and its fee. The money waits in escrow and reaches each provider only while it keeps its promises.</source>
        <translation>Der Kostenvoranschlag der Plattform: Speicher und Downloads pro Anbieter sowie ihre Gebühr. Das Geld wartet auf dem Treuhandkonto und geht an jeden Anbieter nur, solange er seine Zusagen einhält.</translation>
    </message>
    <message>
        <source>The node&apos;s fee is needed to cost a plan: %1</source>
        <translation>Die Gebühr des Knotens wird benötigt, um die Kosten eines Plans zu berechnen: %1</translation>
    </message>
    <message>
        <source>Pay for your storage agreement</source>
        <translation>Speichervertrag bezahlen</translation>
    </message>
    <message>
        <source>ALGO from the embedded wallet</source>
        <translation>ALGO aus dem integrierten Wallet</translation>
    </message>
    <message>
        <source>BTC from the embedded wallet</source>
        <translation>BTC aus dem integrierten Wallet</translation>
    </message>
    <message>
        <source>STRK from the embedded wallet</source>
        <translation>STRK aus dem integrierten Wallet</translation>
    </message>
    <message>
        <source>The wallet pays in XLM (Stellar), ALGO (Algorand), BTC (Bitcoin) or STRK (Starknet) from its own account on that chain, or the card pays through the platform&apos;s checkout page.</source>
        <translation>Das Wallet zahlt in XLM (Stellar), ALGO (Algorand), BTC (Bitcoin) oder STRK (Starknet) von seinem eigenen Konto auf dieser Chain, oder die Karte zahlt über die Bezahlseite der Plattform.</translation>
    </message>
    <message>
        <source>Show my &amp;addresses…</source>
        <translation>Meine &amp;Adressen anzeigen…</translation>
    </message>
    <message>
        <source>Your wallet was made before it kept its Algorand and Bitcoin addresses: your password opens it once to find them (nothing secret is kept).</source>
        <translation>Ihr Wallet wurde erstellt, bevor es seine Algorand- und Bitcoin-Adressen speicherte: Ihr Passwort öffnet es einmal, um sie zu ermitteln (nichts Geheimes wird gespeichert).</translation>
    </message>
    <message>
        <source>Show my Algorand and Bitcoin addresses</source>
        <translation>Meine Algorand- und Bitcoin-Adressen anzeigen</translation>
    </message>
    <message>
        <source>%1 (about %2)</source>
        <translation>%1 (etwa %2)</translation>
    </message>
    <message>
        <source>Pay into escrow in %1</source>
        <translation>In %1 auf Treuhand zahlen</translation>
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
        <translation>Die %1-Adresse Ihres Wallets ist noch nicht bekannt: Zeigen Sie Ihre Adressen einmal an (Ihr Passwort öffnet das Wallet) und bezahlen Sie dann.</translation>
    </message>
    <message>
        <source>This wallet has no %1 account: it was made from a single Stellar secret key, and %1 accounts come from a recovery phrase.</source>
        <translation>Dieses Wallet hat kein %1-Konto: Es wurde aus einem einzelnen geheimen Stellar-Schlüssel erstellt, und %1-Konten werden aus einer Wiederherstellungsphrase abgeleitet.</translation>
    </message>
    <message>
        <source>Choose XLM or the card in &quot;Pay with&quot; above.</source>
        <translation>Wählen Sie oben unter „Bezahlen mit“ XLM oder die Karte.</translation>
    </message>
    <message>
        <source>Go back and pay with XLM or by card, or set up a wallet from a recovery phrase to pay in %1.</source>
        <translation>Gehen Sie zurück und zahlen Sie mit XLM oder per Karte, oder richten Sie ein Wallet aus einer Wiederherstellungsphrase ein, um in %1 zu zahlen.</translation>
    </message>
    <message>
        <source>Paying from your %1 account %2</source>
        <translation>Zahlung von Ihrem %1-Konto %2</translation>
    </message>
    <message>
        <source>Paying from your %1 account %2
Balance on the %3: %4</source>
        <translation>Zahlung von Ihrem %1-Konto %2
Guthaben (%3): %4</translation>
    </message>
    <message>
        <source>Paying from your %1 account %2 (balance unknown: %3)</source>
        <translation>Zahlung von Ihrem %1-Konto %2 (Guthaben unbekannt: %3)</translation>
    </message>
    <message>
        <source>%1, worth %2</source>
        <translation>%1, im Wert von %2</translation>
    </message>
    <message numerus="yes">
        <source> in %n coin(s)</source>
        <translation>
            <numerusform> in %n Coin</numerusform>
            <numerusform> in %n Coins</numerusform>
        </translation>
    </message>
    <message>
        <source>Show my addresses</source>
        <translation>Meine Adressen anzeigen</translation>
    </message>
    <message>
        <source>Your wallet password opens the wallet once to find its Algorand, Bitcoin and Starknet addresses:</source>
        <translation>Ihr Wallet-Passwort öffnet das Wallet einmal, um seine Algorand-, Bitcoin- und Starknet-Adressen zu ermitteln:</translation>
    </message>
    <message>
        <source>You pay exactly %1 (%2) at the node&apos;s rate of %3 per %4, plus the network&apos;s fee.</source>
        <translation>Sie zahlen genau %1 (%2) zum Kurs des Knotens von %3 pro %4, zuzüglich der Netzwerkgebühr.</translation>
    </message>
    <message>
        <source>Sign on another &amp;device…</source>
        <translation>Auf anderem &amp;Gerät signieren…</translation>
    </message>
    <message>
        <source>Export these payments with the agreement&apos;s terms (a file or QR frames) to an offline signer, then import the signed result here.</source>
        <translation>Diese Zahlungen mit den Bedingungen der Vereinbarung (Datei oder QR-Bilder) an einen Offline-Signierer exportieren und das signierte Ergebnis hier importieren.</translation>
    </message>
    <message>
        <source>&lt;br&gt;About &lt;b&gt;%1&lt;/b&gt; at the node&apos;s rate of %2 per %3; the exact amount is fixed when you pay.</source>
        <translation>&lt;br&gt;Etwa &lt;b&gt;%1&lt;/b&gt; zum Kurs des Knotens von %2 pro %3; der genaue Betrag wird beim Bezahlen festgelegt.</translation>
    </message>
    <message>
        <source>The wallet pays in XLM (Stellar), ALGO (Algorand), BTC (Bitcoin) or STRK (Starknet) from its own account on that chain; card payments go through the platform&apos;s checkout page, in US dollars. Only providers that accept the currency are offered.</source>
        <translation>Das Wallet zahlt in XLM (Stellar), ALGO (Algorand), BTC (Bitcoin) oder STRK (Starknet) von seinem eigenen Konto auf dieser Chain; Kartenzahlungen laufen über die Bezahlseite der Plattform, in US-Dollar. Es werden nur Anbieter angeboten, die die Währung akzeptieren.</translation>
    </message>
    <message numerus="yes">
        <source>Renewing &lt;b&gt;%1&lt;/b&gt; with the same %n provider(s). The new period follows the current one, which ends on %2.</source>
        <translation>
            <numerusform>Verlängerung von &lt;b&gt;%1&lt;/b&gt; mit demselben Anbieter. Der neue Zeitraum schließt an den aktuellen an, der am %2 endet.</numerusform>
            <numerusform>Verlängerung von &lt;b&gt;%1&lt;/b&gt; mit denselben %n Anbietern. Der neue Zeitraum schließt an den aktuellen an, der am %2 endet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewing &lt;b&gt;%1&lt;/b&gt; with the same %n provider(s).</source>
        <translation>
            <numerusform>Verlängerung von &lt;b&gt;%1&lt;/b&gt; mit demselben Anbieter.</numerusform>
            <numerusform>Verlängerung von &lt;b&gt;%1&lt;/b&gt; mit denselben %n Anbietern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Renew %1</source>
        <translation>%1 verlängern</translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation>Bezahlt in</translation>
    </message>
    <message>
        <source>card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Not enough funds</source>
        <translation>Nicht genügend Guthaben</translation>
    </message>
    <message>
        <source>Get &amp;test funds (%1, no value)</source>
        <translation>&amp;Testguthaben holen (%1, ohne Wert)</translation>
    </message>
    <message>
        <source>The development network&apos;s faucet credits test %1 to your wallet. It has no value.</source>
        <translation>Das Faucet des Entwicklungsnetzwerks schreibt Ihrem Wallet Test-%1 gut. Sie haben keinen Wert.</translation>
    </message>
    <message>
        <source>Get test funds in %1</source>
        <translation>Testguthaben in %1 holen</translation>
    </message>
    <message>
        <source>The new period runs from %1 to %2.</source>
        <translation>Der neue Zeitraum läuft vom %1 bis %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (%1 %2 than recommended)</source>
        <translation> (%1 %2 als empfohlen)</translation>
    </message>
    <message>
        <source>more</source>
        <translation>mehr</translation>
    </message>
    <message>
        <source>less</source>
        <translation>weniger</translation>
    </message>
    <message numerus="yes">
        <source>%n alternative(s) below the recommendation: pick one to see its providers and why; the quote follows your choice.</source>
        <translation>
            <numerusform>%n Alternative unter der Empfehlung: Wählen Sie eine, um ihre Anbieter und die Gründe zu sehen; der Kostenvoranschlag folgt Ihrer Wahl.</numerusform>
            <numerusform>%n Alternativen unter der Empfehlung: Wählen Sie eine, um ihre Anbieter und die Gründe zu sehen; der Kostenvoranschlag folgt Ihrer Wahl.</numerusform>
        </translation>
    </message>
    <message>
        <source>No other set of offers meets every requirement, so there is no alternative to pick. Relax a requirement on the previous page for more choice.</source>
        <translation>Keine andere Auswahl von Angeboten erfüllt alle Anforderungen, daher gibt es keine Alternative. Lockern Sie auf der vorherigen Seite eine Anforderung für mehr Auswahl.</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>Next cheapest</source>
        <translation>Nächstgünstigste</translation>
    </message>
    <message>
        <source>Cheapest without spreading</source>
        <translation>Günstigste ohne Verteilung</translation>
    </message>
    <message>
        <source>Most reliable</source>
        <translation>Am zuverlässigsten</translation>
    </message>
    <message>
        <source>Chosen offers</source>
        <translation>Gewählte Angebote</translation>
    </message>
    <message>
        <source>The offers you chose in the marketplace. The recommendation uses only the ticked ones.</source>
        <translation>Die Angebote, die Sie im Marktplatz gewählt haben. Die Empfehlung nutzt nur die angehakten.</translation>
    </message>
    <message>
        <source>Chosen o&amp;ffers:</source>
        <translation>Gewählte &amp;Angebote:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 tier · %4 per GB-month</source>
        <translation>%1 · %2 · Stufe %3 · %4 pro GB-Monat</translation>
    </message>
    <message>
        <source>The cheapest set that meets every requirement, never two copies with one provider.</source>
        <translation>Die günstigste Auswahl, die alle Anforderungen erfüllt, nie zwei Kopien beim selben Anbieter.</translation>
    </message>
    <message>
        <source>%1 is your own offer: the platform does not let an account buy from itself. Untick it, or buy with another wallet.</source>
        <translation>%1 ist Ihr eigenes Angebot: Die Plattform erlaubt keinem Konto, bei sich selbst zu kaufen. Entfernen Sie das Häkchen oder kaufen Sie mit einem anderen Wallet.</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ui::SlasPage</name>
    <message>
        <source>Your storage agreements: their state, cost and measured quality.</source>
        <translation>Ihre Speicherverträge: Status, Kosten und gemessene Qualität.</translation>
    </message>
    <message>
        <source>No SLAs yet</source>
        <translation>Noch keine SLAs</translation>
    </message>
    <message>
        <source>An SLA is an agreement with one or more providers to keep your data for a period, at a price and a quality you choose. Pick offers in the Marketplace to create one.</source>
        <translation>Ein SLA ist ein Vertrag mit einem oder mehreren Anbietern, Ihre Daten für einen Zeitraum zu einem Preis und einer Qualität Ihrer Wahl aufzubewahren. Wählen Sie Angebote im Marktplatz aus, um eines zu erstellen.</translation>
    </message>
    <message>
        <source>Browse the Marketplace</source>
        <translation>Marktplatz durchsuchen</translation>
    </message>
    <message>
        <source>New agreement…</source>
        <translation>Neuer Vertrag…</translation>
    </message>
    <message>
        <source>Storage agreements</source>
        <translation>Speicherverträge</translation>
    </message>
    <message>
        <source>Escrow movements</source>
        <translation>Treuhandbewegungen</translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation>&amp;Verlängern…</translation>
    </message>
    <message>
        <source>&amp;Cancel agreement…</source>
        <translation>Vertrag &amp;kündigen…</translation>
    </message>
    <message>
        <source>Shows what you get back before anything happens.</source>
        <translation>Zeigt, was Sie zurückerhalten, bevor etwas geschieht.</translation>
    </message>
    <message>
        <source>Open a &amp;dispute…</source>
        <translation>&amp;Streitfall eröffnen…</translation>
    </message>
    <message>
        <source>SLAs</source>
        <translation>SLAs</translation>
    </message>
    <message>
        <source> · started %1 · ends %2</source>
        <translation> · begonnen am %1 · endet am %2</translation>
    </message>
    <message>
        <source> · paid %1, released to the provider %2, refunded %3, withheld for QoS %4</source>
        <translation> · bezahlt %1, an den Anbieter freigegeben %2, erstattet %3, wegen QoS einbehalten %4</translation>
    </message>
    <message>
        <source> · reason: %1</source>
        <translation> · Grund: %1</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Nothing has been paid for this part yet, so nothing moves.</source>
        <translation>Für diesen Teil wurde noch nichts bezahlt, daher wird nichts bewegt.</translation>
    </message>
    <message>
        <source>The provider has not started: everything you paid comes back, the platform fee included.</source>
        <translation>Der Anbieter hat noch nicht begonnen: Sie erhalten alles zurück, was Sie bezahlt haben, einschließlich der Plattformgebühr.</translation>
    </message>
    <message>
        <source>The provider keeps what it earned so far (subject to its QoS); the unearned rest comes back. The platform fee is not refunded when you cancel.</source>
        <translation>Der Anbieter behält, was er bisher verdient hat (abhängig von seiner QoS); der nicht verdiente Rest wird erstattet. Die Plattformgebühr wird bei einer Kündigung nicht erstattet.</translation>
    </message>
    <message>
        <source>This part has ended.</source>
        <translation>Dieser Teil ist beendet.</translation>
    </message>
    <message>
        <source>Cancel the agreement?</source>
        <translation>Vertrag kündigen?</translation>
    </message>
    <message>
        <source>You get back about %1.</source>
        <translation>Sie erhalten etwa %1 zurück.</translation>
    </message>
    <message>
        <source>Keep the agreement</source>
        <translation>Vertrag behalten</translation>
    </message>
    <message>
        <source>Cancel it</source>
        <translation>Kündigen</translation>
    </message>
    <message>
        <source>Cancelled by the consumer from the app</source>
        <translation>Vom Kunden in der App gekündigt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Streitfall</translation>
    </message>
    <message>
        <source>The dispute is open; you will see the decision here.</source>
        <translation>Der Streitfall ist eröffnet; Sie sehen die Entscheidung hier.</translation>
    </message>
    <message>
        <source>Search by deal, provider or state</source>
        <translation>Nach Teilvertrag, Anbieter oder Status suchen</translation>
    </message>
    <message>
        <source>Search agreements</source>
        <translation>Verträge durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Pay…</source>
        <translation>&amp;Bezahlen…</translation>
    </message>
    <message>
        <source>Review and sign the escrow payment of the deals not paid yet.</source>
        <translation>Die Treuhandzahlung der noch nicht bezahlten Teilverträge prüfen und signieren.</translation>
    </message>
    <message>
        <source>D&amp;iscard…</source>
        <translation>Ver&amp;werfen…</translation>
    </message>
    <message>
        <source>Cancel the deals not paid yet; nothing was paid, nothing moves.</source>
        <translation>Die noch nicht bezahlten Teilverträge stornieren; es wurde nichts bezahlt, also wird nichts bewegt.</translation>
    </message>
    <message>
        <source> · %1 (price %2)</source>
        <translation> · %1 (Preis %2)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Awaiting payment&lt;/b&gt;: %n deal(s) not paid yet, %1 due.</source>
        <translation>
            <numerusform>&lt;b&gt;Zahlung ausstehend&lt;/b&gt;: %n Teilvertrag noch nicht bezahlt, %1 fällig.</numerusform>
            <numerusform>&lt;b&gt;Zahlung ausstehend&lt;/b&gt;: %n Teilverträge noch nicht bezahlt, %1 fällig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Awaiting payment&lt;/b&gt;: %n deal(s) not paid yet; the provider has not accepted, you pay once it does.</source>
        <translation>
            <numerusform>&lt;b&gt;Zahlung ausstehend&lt;/b&gt;: %n Teilvertrag noch nicht bezahlt; der Anbieter hat noch nicht angenommen, Sie bezahlen, sobald er es tut.</numerusform>
            <numerusform>&lt;b&gt;Zahlung ausstehend&lt;/b&gt;: %n Teilverträge noch nicht bezahlt; die Anbieter haben noch nicht angenommen, Sie bezahlen, sobald sie es tun.</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 (%2, %3): %4</source>
        <translation>• %1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>Discard the unpaid agreement?</source>
        <translation>Unbezahlten Vertrag verwerfen?</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n unpaid deal(s) worth %1? They are cancelled with their providers; nothing was paid, so nothing moves.</source>
        <translation>
            <numerusform>%n unbezahlten Teilvertrag im Wert von %1 verwerfen? Er wird bei seinem Anbieter storniert; es wurde nichts bezahlt, also wird nichts bewegt.</numerusform>
            <numerusform>%n unbezahlte Teilverträge im Wert von %1 verwerfen? Sie werden bei ihren Anbietern storniert; es wurde nichts bezahlt, also wird nichts bewegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discarded by the consumer before paying</source>
        <translation>Vom Kunden vor der Zahlung verworfen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Give this agreement a name of your own (F2); the Files page uses it too.</source>
        <translation>Geben Sie dieser Vereinbarung einen eigenen Namen (F2); die Seite Dateien verwendet ihn ebenfalls.</translation>
    </message>
    <message>
        <source>Start a new agreement with the same providers, size, redundancy and tier, from the day this one ends.</source>
        <translation>Eine neue Vereinbarung mit denselben Anbietern, derselben Größe, Redundanz und Stufe ab dem Ende dieser beginnen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — %2: created %3</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — %2: erstellt am %3</translation>
    </message>
    <message>
        <source>Measured latency (ms) against the target, since the deal started</source>
        <translation>Gemessene Latenz (ms) im Vergleich zum Ziel seit Beginn des Teilvertrags</translation>
    </message>
    <message>
        <source>QoS is measured once the provider activates the deal.</source>
        <translation>Die QoS wird gemessen, sobald der Anbieter den Teilvertrag aktiviert.</translation>
    </message>
    <message>
        <source>QoS is measured from the deal&apos;s start.</source>
        <translation>Die QoS wird ab Beginn des Teilvertrags gemessen.</translation>
    </message>
    <message>
        <source>No QoS samples since the deal started: the platform probes each provider on a schedule.</source>
        <translation>Seit Beginn des Teilvertrags keine QoS-Messungen: Die Plattform prüft jeden Anbieter nach Zeitplan.</translation>
    </message>
    <message>
        <source>Its period has not started: everything you paid comes back, the platform fee included.</source>
        <translation>Sein Zeitraum hat nicht begonnen: Alles, was Sie bezahlt haben, wird erstattet, einschließlich der Plattformgebühr.</translation>
    </message>
</context>
<context>
    <name>fb::ui::StorageProbe</name>
    <message>
        <source>These settings cannot reach a store: %1</source>
        <translation>Mit diesen Einstellungen ist kein Speicher erreichbar: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The store works: a probe object was listed, written, read back and deleted.</source>
        <translation>Der Speicher funktioniert: Ein Testobjekt wurde aufgelistet, geschrieben, zurückgelesen und gelöscht.</translation>
    </message>
    <message>
        <source>Opening the bucket or folder</source>
        <translation>Bucket oder Ordner öffnen</translation>
    </message>
    <message>
        <source>Listing objects</source>
        <translation>Objekte auflisten</translation>
    </message>
    <message>
        <source>Writing a probe object</source>
        <translation>Testobjekt schreiben</translation>
    </message>
    <message>
        <source>Reading it back</source>
        <translation>Zurücklesen</translation>
    </message>
    <message>
        <source>Deleting it</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>the object read back differs from what was written</source>
        <translation>das zurückgelesene Objekt weicht vom geschriebenen ab</translation>
    </message>
</context>
<context>
    <name>fb::ui::TransfersPanel</name>
    <message>
        <source>Resume all</source>
        <translation>Alle fortsetzen</translation>
    </message>
    <message>
        <source>Continue every paused transfer</source>
        <translation>Alle pausierten Übertragungen fortsetzen</translation>
    </message>
    <message>
        <source>Interrupted when Flashback closed. Resume continues from what was already transferred.</source>
        <translation>Beim Beenden von Flashback unterbrochen. Fortsetzen macht dort weiter, wo die Übertragung stand.</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Transfers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Übertragungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No transfers</source>
        <translation>Keine Übertragungen</translation>
    </message>
    <message>
        <source>Total progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Abgeschlossene entfernen</translation>
    </message>
    <message>
        <source>Clear finished transfers</source>
        <translation>Abgeschlossene Übertragungen entfernen</translation>
    </message>
    <message>
        <source>Transfer list</source>
        <translation>Übertragungsliste</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <translation>Hochladen von %1</translation>
    </message>
    <message>
        <source>Download of %1</source>
        <translation>Herunterladen von %1</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Wird hochgeladen</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Fortschritt von %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the transfer of %1</source>
        <translation>Übertragung von %1 abbrechen</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>All transfers finished (%1)</source>
        <translation>Alle Übertragungen abgeschlossen (%1)</translation>
    </message>
    <message>
        <source>%1 active</source>
        <translation>%1 aktiv</translation>
    </message>
    <message>
        <source>Total transfer progress</source>
        <translation>Gesamtfortschritt der Übertragungen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Pause the transfer of %1</source>
        <translation>Übertragung von %1 pausieren</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Resume the transfer of %1</source>
        <translation>Übertragung von %1 fortsetzen</translation>
    </message>
    <message>
        <source>Total: finishing…</source>
        <translation>Gesamt: wird abgeschlossen…</translation>
    </message>
    <message>
        <source>Total: %1 of %2</source>
        <translation>Gesamt: %1 von %2</translation>
    </message>
    <message>
        <source> at %1/s, about %2 left</source>
        <translation> mit %1/s, noch etwa %2</translation>
    </message>
    <message>
        <source>, waiting</source>
        <translation>, wartend</translation>
    </message>
    <message>
        <source>%1 active, %2 paused</source>
        <translation>%1 aktiv, %2 pausiert</translation>
    </message>
    <message>
        <source>Speed limit</source>
        <translation>Geschwindigkeitslimit</translation>
    </message>
    <message>
        <source>Limits the network traffic of all transfers together, so uploads and downloads leave bandwidth for other work.</source>
        <translation>Begrenzt den Netzwerkverkehr aller Übertragungen zusammen, damit Uploads und Downloads Bandbreite für anderes lassen.</translation>
    </message>
    <message>
        <source>No speed limit</source>
        <translation>Kein Geschwindigkeitslimit</translation>
    </message>
    <message>
        <source>Limit: %1 MB/s</source>
        <translation>Limit: %1 MB/s</translation>
    </message>
    <message>
        <source>Limit: %1/s</source>
        <translation>Limit: %1/s</translation>
    </message>
    <message>
        <source>Paused (locked)</source>
        <translation>Pausiert (gesperrt)</translation>
    </message>
</context>
<context>
    <name>fb::ui::VerifyBackupDialog</name>
    <message>
        <source>Verify your backup</source>
        <translation>Ihre Sicherung prüfen</translation>
    </message>
    <message>
        <source>Type these words from your written backup. A mistake here means the backup could not restore this wallet.</source>
        <translation>Geben Sie diese Wörter aus Ihrer schriftlichen Sicherung ein. Ein Fehler hier bedeutet, dass die Sicherung dieses Wallet nicht wiederherstellen könnte.</translation>
    </message>
    <message>
        <source>Word %1:</source>
        <translation>Wort %1:</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Your backup is right: it restores this wallet.</source>
        <translation>Ihre Sicherung ist korrekt: Sie stellt dieses Wallet wieder her.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) do not match. Check your written backup; if a word is missing, write the words down again from &quot;Show recovery words&quot;.</source>
        <translation>
            <numerusform>%n Wort stimmt nicht überein. Prüfen Sie Ihre schriftliche Sicherung; fehlt ein Wort, schreiben Sie die Wörter über „Wiederherstellungswörter anzeigen“ erneut auf.</numerusform>
            <numerusform>%n Wörter stimmen nicht überein. Prüfen Sie Ihre schriftliche Sicherung; fehlt ein Wort, schreiben Sie die Wörter über „Wiederherstellungswörter anzeigen“ erneut auf.</numerusform>
        </translation>
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
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>Ent&amp;sperren…</translation>
    </message>
    <message>
        <source>Show the selected account&apos;s address and QR code.</source>
        <translation>Adresse und QR-Code des ausgewählten Kontos anzeigen.</translation>
    </message>
    <message>
        <source>Pay someone from the selected account.</source>
        <translation>Von dem ausgewählten Konto an jemanden zahlen.</translation>
    </message>
    <message>
        <source>Credit development coins (no value) to the selected account.</source>
        <translation>Dem ausgewählten Konto Entwicklungs-Coins (ohne Wert) gutschreiben.</translation>
    </message>
    <message>
        <source>Read the balances and the history again.</source>
        <translation>Guthaben und Verlauf neu lesen.</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>Jetzt &amp;sperren</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>&amp;Passwort ändern…</translation>
    </message>
    <message>
        <source>Show &amp;recovery words…</source>
        <translation>&amp;Wiederherstellungswörter anzeigen…</translation>
    </message>
    <message>
        <source>&amp;Verify your backup…</source>
        <translation>Sicherung p&amp;rüfen…</translation>
    </message>
    <message>
        <source>&amp;Add an account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Watch an address…</source>
        <translation>Adresse &amp;beobachten…</translation>
    </message>
    <message>
        <source>Lock the wallet after this long without keyboard or mouse input.</source>
        <translation>Wallet nach dieser Dauer ohne Tastatur- oder Mauseingabe sperren.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-lock:</source>
        <translation>Automatisch sperren:</translation>
    </message>
    <message>
        <source>Show my ALGO and BTC accounts…</source>
        <translation>Meine ALGO- und BTC-Konten anzeigen…</translation>
    </message>
    <message>
        <source>Open the wallet once to find its Algorand and Bitcoin addresses; only the addresses are kept.</source>
        <translation>Das Wallet einmal öffnen, um seine Algorand- und Bitcoin-Adressen zu ermitteln; nur die Adressen werden gespeichert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Search payments: address, memo, agreement, amount…</source>
        <translation>Zahlungen suchen: Adresse, Memo, Vereinbarung, Betrag…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the payments shown as a CSV file.</source>
        <translation>Die angezeigten Zahlungen als CSV-Datei speichern.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Summe: %1</translation>
    </message>
    <message>
        <source>Unlock the wallet</source>
        <translation>Wallet entsperren</translation>
    </message>
    <message>
        <source>Wallet password:</source>
        <translation>Wallet-Passwort:</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <source>Wallet still locked</source>
        <translation>Wallet weiterhin gesperrt</translation>
    </message>
    <message>
        <source>That password does not open the wallet. Try again.</source>
        <translation>Dieses Passwort öffnet das Wallet nicht. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Deploy your Starknet account</source>
        <translation>Ihr Starknet-Konto bereitstellen</translation>
    </message>
    <message>
        <source>Your wallet password opens the wallet once to find its Starknet public key (nothing secret is kept):</source>
        <translation>Ihr Wallet-Passwort öffnet das Wallet einmal, um seinen öffentlichen Starknet-Schlüssel zu ermitteln (nichts Geheimes wird gespeichert):</translation>
    </message>
    <message>
        <source>Asking the faucet for development %1…</source>
        <translation>Entwicklungs-%1 werden beim Faucet angefordert…</translation>
    </message>
    <message>
        <source>The faucet credited development %1 (no value).</source>
        <translation>Das Faucet hat Entwicklungs-%1 gutgeschrieben (ohne Wert).</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export the payments</source>
        <translation>Zahlungen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) exported to %1.</source>
        <translation>
            <numerusform>%n Zahlung nach %1 exportiert.</numerusform>
            <numerusform>%n Zahlungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the wallet…</source>
        <translation>Wallet wird geöffnet…</translation>
    </message>
    <message>
        <source>That password does not open the wallet.</source>
        <translation>Dieses Passwort öffnet das Wallet nicht.</translation>
    </message>
    <message>
        <source>The wallet password was changed.</source>
        <translation>Das Wallet-Passwort wurde geändert.</translation>
    </message>
    <message>
        <source>Show your recovery words?</source>
        <translation>Ihre Wiederherstellungswörter anzeigen?</translation>
    </message>
    <message>
        <source>Anyone who sees your recovery words can take your funds. Make sure no one can see your screen and nothing is recording it.</source>
        <translation>Wer Ihre Wiederherstellungswörter sieht, kann Ihr Guthaben entnehmen. Stellen Sie sicher, dass niemand Ihren Bildschirm sieht und nichts ihn aufzeichnet.</translation>
    </message>
    <message>
        <source>Show the words</source>
        <translation>Wörter anzeigen</translation>
    </message>
    <message>
        <source>Show recovery words</source>
        <translation>Wiederherstellungswörter anzeigen</translation>
    </message>
    <message>
        <source>This wallet was imported from a single secret key: it has no recovery words. Keep a copy of that key instead.</source>
        <translation>Dieses Wallet wurde aus einem einzelnen geheimen Schlüssel importiert: Es hat keine Wiederherstellungswörter. Bewahren Sie stattdessen eine Kopie dieses Schlüssels auf.</translation>
    </message>
    <message>
        <source>Verify your backup</source>
        <translation>Ihre Sicherung prüfen</translation>
    </message>
    <message>
        <source>This wallet has no recovery words to check.</source>
        <translation>Dieses Wallet hat keine Wiederherstellungswörter zum Prüfen.</translation>
    </message>
    <message>
        <source>Your backup was checked.</source>
        <translation>Ihre Sicherung wurde geprüft.</translation>
    </message>
    <message>
        <source>Show your other accounts</source>
        <translation>Ihre anderen Konten anzeigen</translation>
    </message>
    <message>
        <source>The wallet opens once to find its Algorand and Bitcoin addresses.
Wallet password:</source>
        <translation>Das Wallet wird einmal geöffnet, um seine Algorand- und Bitcoin-Adressen zu ermitteln.
Wallet-Passwort:</translation>
    </message>
    <message>
        <source>Finding your accounts…</source>
        <translation>Ihre Konten werden gesucht…</translation>
    </message>
    <message>
        <source>No other accounts: %1</source>
        <translation>Keine anderen Konten: %1</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Each index is a separate account of the same recovery words.</source>
        <translation>Jeder Index ist ein eigenes Konto derselben Wiederherstellungswörter.</translation>
    </message>
    <message>
        <source>&amp;Chain:</source>
        <translation>&amp;Chain:</translation>
    </message>
    <message>
        <source>Account &amp;index:</source>
        <translation>Konto&amp;index:</translation>
    </message>
    <message>
        <source>Adding the account…</source>
        <translation>Konto wird hinzugefügt…</translation>
    </message>
    <message>
        <source>Account added.</source>
        <translation>Konto hinzugefügt.</translation>
    </message>
    <message>
        <source>The account was not added: %1</source>
        <translation>Das Konto wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Watch an address</source>
        <translation>Adresse beobachten</translation>
    </message>
    <message>
        <source>An address to follow (Stellar G…, Algorand, Bitcoin tb1…). The wallet holds no key for it and cannot spend from it.</source>
        <translation>Eine zu beobachtende Adresse (Stellar G…, Algorand, Bitcoin tb1…). Das Wallet hat keinen Schlüssel dafür und kann nichts davon ausgeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Stellar, Algorand or Bitcoin address.</source>
        <translation>„%1“ ist keine Stellar-, Algorand- oder Bitcoin-Adresse.</translation>
    </message>
    <message>
        <source>Loc&amp;k now</source>
        <translation>&amp;Jetzt sperren</translation>
    </message>
    <message>
        <source>Forget the wallet&apos;s password now: the next signature, sign-in or file unlock asks for it again (Ctrl+Shift+L).</source>
        <translation>Das Passwort des Wallets jetzt vergessen: Die nächste Signatur, Anmeldung oder Dateientsperrung fragt erneut danach (Ctrl+Shift+L).</translation>
    </message>
    <message>
        <source>Type the wallet password once: sending, signing and the recovery words then use it until the wallet locks.</source>
        <translation>Geben Sie das Wallet-Passwort einmal ein: Senden, Signieren und die Wiederherstellungswörter verwenden es dann, bis das Wallet gesperrt wird.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Locked.&lt;/b&gt; Your accounts and balances stay visible; sending, signing and the recovery words ask for your password once.</source>
        <translation>&lt;b&gt;Gesperrt.&lt;/b&gt; Ihre Konten und Guthaben bleiben sichtbar; Senden, Signieren und die Wiederherstellungswörter fragen einmal nach Ihrem Passwort.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unlocked.&lt;/b&gt; Locks in %1 without keyboard or mouse input, when the computer sleeps or with Lock now.</source>
        <translation>&lt;b&gt;Entsperrt.&lt;/b&gt; Sperrt sich nach %1 ohne Tastatur- oder Mauseingabe, wenn der Computer in den Ruhezustand wechselt oder mit Jetzt sperren.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unlocked&lt;/b&gt; until you lock it, the screen locks or the computer sleeps.</source>
        <translation>&lt;b&gt;Entsperrt&lt;/b&gt;, bis Sie es sperren, der Bildschirm gesperrt wird oder der Computer in den Ruhezustand wechselt.</translation>
    </message>
    <message>
        <source>Add Starknet account #%1 again (&quot;Add an account&quot;) so the wallet knows the public key its deployment needs.</source>
        <translation>Fügen Sie das Starknet-Konto #%1 erneut hinzu („Konto hinzufügen“), damit das Wallet den öffentlichen Schlüssel kennt, den seine Bereitstellung benötigt.</translation>
    </message>
    <message>
        <source>Set &amp;up a wallet…</source>
        <translation>Wallet ein&amp;richten…</translation>
    </message>
    <message>
        <source>Re&amp;ceive…</source>
        <translation>Em&amp;pfangen…</translation>
    </message>
    <message>
        <source>Se&amp;nd…</source>
        <translation>Se&amp;nden…</translation>
    </message>
    <message>
        <source>Fauce&amp;t</source>
        <translation>&amp;Faucet</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Securit&amp;y</source>
        <translation>Si&amp;cherheit</translation>
    </message>
    <message>
        <source>A wallet pays for SLAs in XLM, ALGO, BTC or STRK and signs you in to the platform. Create one now, or restore one from your recovery words; the first payment for an SLA offers the same.</source>
        <translation>Ein Wallet bezahlt SLAs in XLM, ALGO, BTC oder STRK und meldet Sie bei der Plattform an. Erstellen Sie jetzt eines oder stellen Sie eines aus Ihren Wiederherstellungswörtern wieder her; die erste Zahlung für ein SLA bietet Ihnen dies ebenfalls an.</translation>
    </message>
    <message>
        <source>No payments yet: use Faucet on the development network, or Receive to show your address to whoever pays you.</source>
        <translation>Noch keine Zahlungen: Nutzen Sie Faucet im Entwicklungsnetzwerk oder Empfangen, um Ihre Adresse der Person zu zeigen, die Sie bezahlt.</translation>
    </message>
</context>
<context>
    <name>fb::ui::WalletSetupDialog</name>
    <message>
        <source>Set up your wallet</source>
        <translation>Wallet einrichten</translation>
    </message>
    <message>
        <source>Your wallet</source>
        <translation>Ihre Wallet</translation>
    </message>
    <message>
        <source>Flashback pays providers from a wallet that lives only on this computer. Its keys come from a recovery phrase: whoever has the phrase has the money.</source>
        <translation>Flashback bezahlt Anbieter aus einer Wallet, die nur auf diesem Computer existiert. Ihre Schlüssel stammen aus einer Wiederherstellungsphrase: Wer die Phrase hat, hat das Geld.</translation>
    </message>
    <message>
        <source>&amp;Create a new wallet</source>
        <translation>Neue Wallet &amp;erstellen</translation>
    </message>
    <message>
        <source>Create a new wallet</source>
        <translation>Neue Wallet erstellen</translation>
    </message>
    <message>
        <source>&amp;Restore a wallet from its recovery phrase</source>
        <translation>Wallet aus ihrer Wiederherstellungsphrase &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Restore a wallet</source>
        <translation>Wallet wiederherstellen</translation>
    </message>
    <message>
        <source>Write down your recovery phrase</source>
        <translation>Notieren Sie Ihre Wiederherstellungsphrase</translation>
    </message>
    <message>
        <source>Write these 24 words on paper, in order, and keep it somewhere safe and offline. They are shown only now. Anyone who sees them can take your funds; without them a lost computer means lost funds.</source>
        <translation>Schreiben Sie diese 24 Wörter der Reihe nach auf Papier und bewahren Sie es sicher und offline auf. Sie werden nur jetzt angezeigt. Wer sie sieht, kann Ihr Guthaben nehmen; ohne sie bedeutet ein verlorener Computer verlorenes Guthaben.</translation>
    </message>
    <message>
        <source>I have &amp;written the 24 words down</source>
        <translation>Ich habe die 24 Wörter &amp;notiert</translation>
    </message>
    <message>
        <source>Check your copy</source>
        <translation>Prüfen Sie Ihre Abschrift</translation>
    </message>
    <message>
        <source>Type the words at these positions from your paper copy.</source>
        <translation>Geben Sie die Wörter an diesen Positionen aus Ihrer Papierabschrift ein.</translation>
    </message>
    <message>
        <source>Restore from your recovery phrase</source>
        <translation>Aus Ihrer Wiederherstellungsphrase wiederherstellen</translation>
    </message>
    <message>
        <source>Type the 12 or 24 words of your BIP39 recovery phrase, separated by spaces.</source>
        <translation>Geben Sie die 12 oder 24 Wörter Ihrer BIP39-Wiederherstellungsphrase ein, durch Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>Recovery phrase</source>
        <translation>Wiederherstellungsphrase</translation>
    </message>
    <message>
        <source>Only if your phrase was made with one</source>
        <translation>Nur wenn Ihre Phrase mit einer Passphrase erstellt wurde</translation>
    </message>
    <message>
        <source>Optional &amp;passphrase:</source>
        <translation>Optionale &amp;Passphrase:</translation>
    </message>
    <message>
        <source>Choose a password</source>
        <translation>Wählen Sie ein Passwort</translation>
    </message>
    <message>
        <source>At least 8 characters; a few unrelated words make a strong password.</source>
        <translation>Mindestens 8 Zeichen; einige nicht zusammenhängende Wörter ergeben ein starkes Passwort.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Word &amp;%1:</source>
        <translation>Wort &amp;%1:</translation>
    </message>
    <message>
        <source>The phrase is valid.</source>
        <translation>Die Phrase ist gültig.</translation>
    </message>
    <message>
        <source>Word %1 does not match. Look at your paper copy again; go back to see the words if you need to.</source>
        <translation>Wort %1 stimmt nicht überein. Sehen Sie noch einmal auf Ihrer Papierabschrift nach; gehen Sie bei Bedarf zurück, um die Wörter anzusehen.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation>Verwenden Sie mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <source>The wallet could not be saved: %1</source>
        <translation>Die Wallet konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The password encrypts the wallet on this computer. Typed once, it keeps the wallet unlocked until you are away for a while (Settings › Wallet security). It cannot be recovered; your recovery phrase can always restore the wallet.</source>
        <translation>Das Passwort verschlüsselt die Wallet auf diesem Computer. Einmal eingegeben, hält es die Wallet entsperrt, bis Sie eine Weile abwesend sind (Einstellungen › Wallet-Sicherheit). Es kann nicht wiederhergestellt werden; mit Ihrer Wiederherstellungsphrase lässt sich die Wallet jederzeit wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>fb::ui::WelcomeDialog</name>
    <message>
        <source>&amp;Don&apos;t show this again at start</source>
        <translation>Beim Start &amp;nicht mehr anzeigen</translation>
    </message>
    <message>
        <source>Welcome to Flashback</source>
        <translation>Willkommen bei Flashback</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Flashback&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Flashback&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Flashback is a marketplace for storage: buy space from clouds and decentralised networks under an agreement that states price, duration and quality, keep your files encrypted across several providers, and pay from the wallet built into the app.</source>
        <translation>Flashback ist ein Marktplatz für Speicher: Kaufen Sie Speicherplatz von Clouds und dezentralen Netzwerken mit einer Vereinbarung, die Preis, Laufzeit und Qualität festlegt, bewahren Sie Ihre Dateien verschlüsselt bei mehreren Anbietern auf und bezahlen Sie mit dem in die App integrierten Wallet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is a development network.&lt;/b&gt; Its money is play money: tokens and card payments here have no value, and nothing you do costs real funds.</source>
        <translation>&lt;b&gt;Dies ist ein Entwicklungsnetzwerk.&lt;/b&gt; Sein Geld ist Spielgeld: Token und Kartenzahlungen haben hier keinen Wert, und nichts, was Sie tun, kostet echtes Geld.</translation>
    </message>
    <message>
        <source>Choose how you start; you can switch at any time:</source>
        <translation>Wählen Sie, wie Sie beginnen; Sie können jederzeit wechseln:</translation>
    </message>
    <message>
        <source>Consumer: buy storage</source>
        <translation>Kunde: Speicher kaufen</translation>
    </message>
    <message>
        <source>Compare offers in the Marketplace, agree an SLA and keep your files.</source>
        <translation>Vergleichen Sie Angebote im Marktplatz, vereinbaren Sie ein SLA und bewahren Sie Ihre Dateien auf.</translation>
    </message>
    <message>
        <source>Provider: sell storage</source>
        <translation>Anbieter: Speicher verkaufen</translation>
    </message>
    <message>
        <source>Register your storage, publish offers and accept agreements.</source>
        <translation>Registrieren Sie Ihren Speicher, veröffentlichen Sie Angebote und nehmen Sie Vereinbarungen an.</translation>
    </message>
    <message>
        <source>Offline signer: sign transactions</source>
        <translation>Offline-Signierer: Transaktionen signieren</translation>
    </message>
    <message>
        <source>Review and sign transactions with keys kept away from the network.</source>
        <translation>Prüfen und signieren Sie Transaktionen mit Schlüsseln, die vom Netzwerk getrennt sind.</translation>
    </message>
    <message>
        <source>Help &gt; Welcome shows this again</source>
        <translation>Hilfe &gt; Willkommen zeigt dies erneut an</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
</context>
<context>
    <name>fb::wallet::Review</name>
    <message>
        <source>ours: %1</source>
        <translation>unser: %1</translation>
    </message>
    <message>
        <source>from: %1</source>
        <translation>von: %1</translation>
    </message>
    <message>
        <source>ours: no</source>
        <translation>unser: nein</translation>
    </message>
    <message>
        <source>closes the account: the whole remaining balance goes to %1</source>
        <translation>schließt das Konto: das gesamte Restguthaben geht an %1</translation>
    </message>
    <message>
        <source>%1 base units of ASA %2</source>
        <translation>%1 Basiseinheiten des ASA %2</translation>
    </message>
    <message>
        <source>opt-in: lets this account hold the asset</source>
        <translation>Freischaltung: dieses Konto darf das Asset halten</translation>
    </message>
    <message>
        <source>clawback from %1</source>
        <translation>Rückforderung (clawback) von %1</translation>
    </message>
    <message>
        <source>closes the asset holding: all remaining units go to %1</source>
        <translation>schließt den Asset-Bestand: alle restlichen Einheiten gehen an %1</translation>
    </message>
    <message>
        <source>The fee of %1 is unusually high.</source>
        <translation>Die Gebühr von %1 ist ungewöhnlich hoch.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source> (text: &quot;%1&quot;)</source>
        <translation> (Text: „%1“)</translation>
    </message>
    <message>
        <source>rounds %1..%2</source>
        <translation>Runden %1..%2</translation>
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
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Not valid before %1 (in %2).</source>
        <translation>Nicht gültig vor %1 (in %2).</translation>
    </message>
    <message>
        <source>No expiry: the transaction has no upper time bound.</source>
        <translation>Kein Ablauf: die Transaktion hat keine obere Zeitgrenze.</translation>
    </message>
    <message>
        <source>Expired at %1 (%2 ago): the network will refuse it.</source>
        <translation>Abgelaufen am %1 (vor %2): das Netzwerk wird sie ablehnen.</translation>
    </message>
    <message>
        <source>Expires at %1, in %2 s.</source>
        <translation>Läuft ab am %1, in %2 s.</translation>
    </message>
    <message>
        <source>Valid until %1 (%2 from now).</source>
        <translation>Gültig bis %1 (noch %2).</translation>
    </message>
    <message>
        <source>Valid from round %1 to round %2. This cannot be checked offline: the file does not record the network&apos;s round.</source>
        <translation>Gültig von Runde %1 bis Runde %2. Offline nicht prüfbar: die Datei nennt die Runde des Netzwerks nicht.</translation>
    </message>
    <message>
        <source>round %1 now (estimated from round %2 at %3)</source>
        <translation>jetzt Runde %1 (geschätzt aus Runde %2 am %3)</translation>
    </message>
    <message>
        <source>round %1 when it was made</source>
        <translation>Runde %1 bei der Erstellung</translation>
    </message>
    <message>
        <source>Expired: valid up to round %1, the network was at %2.</source>
        <translation>Abgelaufen: gültig bis Runde %1, das Netzwerk war bei %2.</translation>
    </message>
    <message>
        <source>Not valid yet: valid from round %1 to %2, the network was at %3.</source>
        <translation>Noch nicht gültig: gültig von Runde %1 bis %2, das Netzwerk war bei %3.</translation>
    </message>
    <message>
        <source>Valid to round %1, about %2 from now; the network was at %3.</source>
        <translation>Gültig bis Runde %1, noch etwa %2; das Netzwerk war bei %3.</translation>
    </message>
    <message>
        <source>No expiry; lock time %1 (not minable before).</source>
        <translation>Kein Ablauf; Sperrzeit %1 (vorher nicht minebar).</translation>
    </message>
    <message>
        <source>No expiry: Bitcoin transactions stay valid until their inputs are spent.</source>
        <translation>Kein Ablauf: Bitcoin-Transaktionen bleiben gültig, bis ihre Eingänge ausgegeben sind.</translation>
    </message>
    <message>
        <source>No expiry: a Starknet transaction stays valid until the account uses nonce %1.</source>
        <translation>Kein Ablauf: eine Starknet-Transaktion bleibt gültig, bis das Konto die Nonce %1 verwendet.</translation>
    </message>
    <message>
        <source>amount not proven by the previous transaction</source>
        <translation>Betrag nicht durch die vorige Transaktion belegt</translation>
    </message>
    <message>
        <source>amount unknown</source>
        <translation>Betrag unbekannt</translation>
    </message>
    <message>
        <source>already finalised</source>
        <translation>bereits abgeschlossen</translation>
    </message>
    <message>
        <source>sighash type %1</source>
        <translation>Sighash-Typ %1</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>Zahlung (payment)</translation>
    </message>
    <message>
        <source>create_account</source>
        <translation>Kontoeröffnung (create_account)</translation>
    </message>
    <message>
        <source>change_trust</source>
        <translation>Vertrauenslinie (change_trust)</translation>
    </message>
    <message>
        <source>manage_data</source>
        <translation>Kontodaten (manage_data)</translation>
    </message>
    <message>
        <source>invoke_host_function</source>
        <translation>Vertragsaufruf (invoke_host_function)</translation>
    </message>
    <message>
        <source>asset_opt_in</source>
        <translation>Asset-Freischaltung (asset_opt_in)</translation>
    </message>
    <message>
        <source>asset_transfer</source>
        <translation>Asset-Übertragung (asset_transfer)</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingang (input)</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgang (output)</translation>
    </message>
    <message>
        <source>change</source>
        <translation>Wechselgeld (change)</translation>
    </message>
    <message>
        <source>memo</source>
        <translation>Vermerk (memo)</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>Überweisung (transfer)</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>Freigabe (approve)</translation>
    </message>
    <message>
        <source>call</source>
        <translation>Aufruf (call)</translation>
    </message>
    <message>
        <source>fee_bounds</source>
        <translation>Gebührengrenzen (fee_bounds)</translation>
    </message>
    <message>
        <source>nonce %1</source>
        <translation>Nonce %1</translation>
    </message>
    <message>
        <source>token %1</source>
        <translation>Token %1</translation>
    </message>
    <message>
        <source>%1 base units</source>
        <translation>%1 Basiseinheiten</translation>
    </message>
    <message>
        <source>token contract %1</source>
        <translation>Token-Vertrag %1</translation>
    </message>
    <message>
        <source>entry point %1</source>
        <translation>Einstiegspunkt %1</translation>
    </message>
    <message>
        <source>arguments [%1]</source>
        <translation>Argumente [%1]</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>%1: at most %2 units at %3 fri</source>
        <translation>%1: höchstens %2 Einheiten zu %3 fri</translation>
    </message>
    <message>
        <source>tip: %1 fri per L2 gas unit</source>
        <translation>Trinkgeld: %1 fri je L2-Gaseinheit</translation>
    </message>
    <message>
        <source>text: %1</source>
        <translation>Text: %1</translation>
    </message>
    <message>
        <source>id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>hash: %1</source>
        <translation>Hash: %1</translation>
    </message>
    <message>
        <source>return: %1</source>
        <translation>Rückgabe: %1</translation>
    </message>
    <message>
        <source>source account: %1</source>
        <translation>Quellkonto: %1</translation>
    </message>
    <message>
        <source>creates and funds a new account</source>
        <translation>eröffnet und finanziert ein neues Konto</translation>
    </message>
    <message>
        <source>muxed id: %1</source>
        <translation>Muxed-ID: %1</translation>
    </message>
    <message>
        <source>removes the trust line</source>
        <translation>entfernt die Vertrauenslinie</translation>
    </message>
    <message>
        <source>trust limit %1</source>
        <translation>Vertrauenslimit %1</translation>
    </message>
    <message>
        <source>name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>value (hex): %1</source>
        <translation>Wert (hex): %1</translation>
    </message>
    <message>
        <source>deletes the entry</source>
        <translation>löscht den Eintrag</translation>
    </message>
    <message>
        <source>calls: %1</source>
        <translation>ruft auf: %1</translation>
    </message>
    <message>
        <source>The fee (%1) is unusually high.</source>
        <translation>Die Gebühr (%1) ist ungewöhnlich hoch.</translation>
    </message>
    <message>
        <source>sequence %1</source>
        <translation>Sequenznummer %1</translation>
    </message>
    <message>
        <source>not before %1</source>
        <translation>nicht vor %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>kein Ablauf</translation>
    </message>
    <message>
        <source>ledgers %1..%2</source>
        <translation>Ledger %1..%2</translation>
    </message>
    <message>
        <source> (about %1 sat/vB)</source>
        <translation> (etwa %1 sat/vB)</translation>
    </message>
</context>
<context>
    <name>fb::web::DocumentPage</name>
    <message>
        <source>Leave the document?</source>
        <translation>Dokument verlassen?</translation>
    </message>
    <message>
        <source>This link leads away from %1 to %2. Open it?</source>
        <translation>Dieser Link führt von %1 zu %2. Öffnen?</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>dem Dokument</translation>
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
        <translation>Die lokale Datenbank lässt sich nicht öffnen:
%1

Prüfen Sie, ob %2 beschreibbar ist, oder starten Sie mit --data-dir und einem anderen Ort.</translation>
    </message>
    <message>
        <source>The document viewer is not installed (%1). Open &lt;a href=&quot;%2&quot;&gt;the document&lt;/a&gt; in your browser instead.</source>
        <translation>Der Dokumentbetrachter ist nicht installiert (%1). Öffnen Sie &lt;a href=&quot;%2&quot;&gt;das Dokument&lt;/a&gt; stattdessen in Ihrem Browser.</translation>
    </message>
    <message>
        <source>Start as the air-gapped offline signer: the wallet and the transaction signer only; no node, no network.</source>
        <translation>Als isolierter Offline-Signierer starten: nur Wallet und Transaktionssignierer; kein Knoten, kein Netzwerk.</translation>
    </message>
    <message>
        <source>Window size WxH (e.g. 1024x640), for --screenshot or a window of that size.</source>
        <translation>Fenstergröße BxH (z. B. 1024x640), für --screenshot oder ein Fenster dieser Größe.</translation>
    </message>
    <message>
        <source>User interface language (en, fr, de) for this run.</source>
        <translation>Sprache der Benutzeroberfläche (en, fr, de) für diesen Lauf.</translation>
    </message>
</context>
<context>
    <name>modeswitch</name>
    <message>
        <source>Restart as offline signer?</source>
        <translation>Als Offline-Signierer neu starten?</translation>
    </message>
    <message>
        <source>Restart online?</source>
        <translation>Online neu starten?</translation>
    </message>
    <message>
        <source>Flashback restarts with only the wallet and the transaction signer. It starts no node and opens no network connection; transfers and sync stop until you restart online.</source>
        <translation>Flashback startet nur mit Wallet und Transaktionssignierer neu. Es startet keinen Knoten und öffnet keine Netzwerkverbindung; Übertragungen und Synchronisierung ruhen, bis Sie online neu starten.</translation>
    </message>
    <message>
        <source>Flashback restarts with the marketplace, sync and transfers, and connects to the platform node again.</source>
        <translation>Flashback startet mit Marktplatz, Synchronisierung und Übertragungen neu und verbindet sich wieder mit dem Plattformknoten.</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
</context>
</TS>
