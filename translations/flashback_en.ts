<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppServices</name>
    <message>
        <source>The local network stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the local network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local network did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The server sent malformed JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes feed is out of order or malformed at seq %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes feed&apos;s cursor is inconsistent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;items&quot; is not an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offer is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;series&quot; is not an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 (%2 %3) is malformed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache&apos;s database driver is not SQLite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes feed&apos;s cursor headers are malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes feed&apos;s cursor headers disagree with its page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWebEnginePage</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb</name>
    <message>
        <source>Not connected to a platform node; check Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::AccountService</name>
    <message>
        <source>Set up a wallet first: it is your account on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a platform node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The faucet refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new Bitcoin blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no height</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ApiClient</name>
    <message>
        <source>No platform URL is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not the one you trusted (pinned).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply is larger than %1 bytes; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection was refused: %1. Check the node address or trust its certificate in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply is not HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply is not valid HTTP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ended; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in; sign in with your wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session expired; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s token reply is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet did not sign the login message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not present a certificate (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was abandoned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::DealService</name>
    <message>
        <source>The platform did not create the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agreement id or no deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not cancel the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not open the dispute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::DealsModel</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached by provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached by consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in several coins (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::LocalNode</name>
    <message>
        <source>flashback-node was not found next to the application; set FB_NODE_PATH or configure a platform URL in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the local node: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local node stopped (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local node did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::MarketService</name>
    <message>
        <source>The local cache is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;items&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rate without currency or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;feeBps&quot; is missing or out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a platform node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a platform node; check Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::NodeProbe</name>
    <message>
        <source>No node was tested yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::OffersModel</name>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage / GB-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egress / GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::PaymentService</name>
    <message>
        <source>No payment details for a deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the deal&apos;s payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s checkout is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no checkout address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::PaymentsModel</name>
    <message>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ProviderService</name>
    <message>
        <source>Reading your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not register you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not save your provider record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not take the certification request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not publish the offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not change the offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not withdraw the offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the deals on your offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consumer&apos;s account %1 is not a Stellar account key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sealing library did not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consumer&apos;s account %1 cannot receive sealed access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealing the storage access failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not accept the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not reject the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not activate the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the deal&apos;s service quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification was not marked as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your payout addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payout addresses were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certification was not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certification was not rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ProvidersModel</name>
    <message>
        <source>Certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::PurchaseSession</name>
    <message>
        <source>Not connected to a platform node; check Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a wallet first: it is your account on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed. Nothing was paid; press Pay to review the payments again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing was paid; deals already created stay pending on the SLAs page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Creating the agreement with %n provider(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Asking for payment details (%1 of %2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the payments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance (%1) does not cover the payments (%2). Add funds, then press Pay again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending payment %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the checkout (%1 of %2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card payment %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by card. The escrow holds your payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid. The escrow holds your payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The providers have not accepted yet; you will pay once they do (SLAs page).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::Services</name>
    <message>
        <source>Check the connection, or the node address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again with your wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request certification on the Provider page and wait for an admin&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the agreements on it end, or publish a changed copy as a new offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh to see the existing record and change that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been removed; refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node may run another version; check Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node is busy; wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node failed; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the node&apos;s reply cannot be read (%2). The node may run another version; check Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a platform node; check the node address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::SlaTreeModel</name>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the rest awaiting payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the Files page under this agreement / the size agreed with each provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Agreement with %n provider(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposited into escrow for this deal (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider has not accepted yet; you pay once it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by the provider: pay to fund the escrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), not started</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no samples yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement / provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used / agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::SyncEngine</name>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::WalletService</name>
    <message>
        <source>A wallet already exists in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction is sent by %1, not by this wallet&apos;s Starknet account %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::sla</name>
    <message>
        <source>offers on the market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meet the QoS tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>are in an allowed region and country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speak the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept the currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow the duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>have room for a shard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 provider(s) (%2 offers) %3, but %4 placements on different providers are needed. Relax that requirement or lower the redundancy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The eligible offers cover only %1 region(s), but spreading %2 placements across regions needs %2. Allow more regions or turn off region spreading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No set of %1 offers on different providers meets every requirement together. Relax the regions, the kinds of provider or the redundancy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tier in %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for storage and %2 for egress over the term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reputation %1/100, %2 provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured uptime %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen for its track record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 placements on %2 providers in %3 region(s), %4 in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixing cloud and DePIN providers was also required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cheapest set that meets every requirement costs %1, above your budget of %2. Raise the budget, shorten the term, store less or lower the redundancy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — without spreading across regions or kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s platform fee is unknown, so no price can be worked out. Check the connection to the node and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price it within the platform&apos;s largest amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even the cheapest set that meets every requirement costs more than the platform takes in one agreement (%1). Store less, shorten the term or lower the redundancy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::sla::Requirements</name>
    <message>
        <source>Enter how much data you will store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how long the agreement runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected downloads cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep between 1 and 16 copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure coding needs k data shards and n &gt; k total shards (n at most 32).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown QoS tier &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %L1 bytes can be stored in one agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agreement runs at most %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %L1 bytes of downloads can be planned over one agreement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::storage::Backend</name>
    <message>
        <source>The transfer was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No multipart upload id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 (disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid object key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No object &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local provider needs an absolute &quot;path&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 access needs endpoint, bucket, accessKey and secretKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown storage type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::storage::FileLibrary</name>
    <message>
        <source>%1 is not stored yet: a link can be made once its upload has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file library is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the wallet first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SLA has %1 of its %2 providers ready; files can be stored once every provider is funded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage access of provider %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no access parameters yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not record %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was stored but the library could not record it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the providers of %1 can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot be empty or contain &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 still holds files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health of the file could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share links need a provider that speaks S3. The providers of this file keep it in local directories, which cannot hand out web links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage access of deal %1 is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file list is being rebuilt already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage access of provider %1 is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider holds a readable manifest of file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file list could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::storage::Sql</name>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::storage::TransferEngine</name>
    <message>
        <source>The transfer journal could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No master secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An erasure scheme %1+%2 needs %3 providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each shard needs a different provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provider %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed since its upload began; upload it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of the %2 shards needed are reachable and intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider holds a readable manifest of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 (disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rebuilt file does not match its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilt shard %1 does not match the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shard of this file is on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the manifest on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer finished, but the transfer journal could not record it: %1</source>
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
    <name>fb::ui::CompareDialog</name>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage / GB-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egress / GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encryption at rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best of the compared offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighted: the best value in each row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create SLA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an SLA over these offers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::FileListWidget</name>
    <message>
        <source>Stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your providers keep of the file: every copy, or the shards and their parity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::FilesPage</name>
    <message>
        <source>Download is possible once the upload has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a web link to the selected file, valid for a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file, %2 kept with your providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transfer stopped when Flashback closed. It is paused: Resume all continues it after your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 transfers stopped when Flashback closed. They are paused: Resume all continues them after your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting and coding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the manifest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the manifest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoding and decrypting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files are encrypted on this computer, then spread across your providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wallet yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your files are encrypted with keys from your wallet. Set up a wallet, then buy storage from providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No storage yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To store files you need a funded SLA with at least one provider. Once it is funded, drop files here or use Upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy storage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See my SLAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search files by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files in the current folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file has %1 of its %2 shards reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some objects could not be removed from the providers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n copies</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in SLA %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 shards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every shard is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shards are reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here
or use Upload (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a wallet first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your wallet password. Your files are encrypted with keys derived from your wallet; they stay unlocked until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files cannot be unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some providers cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an SLA in the folder tree first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upload %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n file(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot download %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n file(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted copies are removed from every provider. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking which shards are reachable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is stored with your providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flashback transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers are limited to %1/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers run at full speed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking your files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your files are unlocked.</source>
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
        <source>&amp;New storage agreement…</source>
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
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the filter panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;SLA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare storage offers from certified clouds and DePIN networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected — the local network is starting. Offers appear here as soon as the app has synced with the platform; if this takes long, check the platform node in Settings.</source>
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
        <source>No offers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers appear here as soon as the app has synced with the platform. If this takes long, check the platform connection in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select up to four offers to compare them or create an SLA; Enter opens the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offers match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offer meets every filter. Loosen a filter or clear them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every offer again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the provider of the current offer (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the selected offers side by side (2 to 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare selected offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an SLA that stores data across the selected offers (up to 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create SLA from selected offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can pick up to %1 offers at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select up to %1 offers (Ctrl+click) to compare them or create an SLA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 offer selected (up to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers selected (up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::OfferFilterPanel</name>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only offers in this region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only offers whose data stays in this country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum QoS tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only offers of this QoS tier or better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only offers speaking this storage protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified providers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a filter you saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search offers, providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches offer and provider names (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bronze or better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver or better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold or better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only providers whose certification is approved and not expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum storage price per GB-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest storage price per GB and month; 0 means any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum reputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest provider reputation (0 to 100); 0 means any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> TB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum free capacity in terabytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only offers with at least this much free capacity; 0 means any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current filter under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected saved filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every offer again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum &amp;tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max storage price / GB-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min reputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min free capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a saved filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::OfferTableModel</name>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified (%1), valid until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured uptime %1; the offer targets %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured latency %1; the offer targets at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider reputation, 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the provider with Enter or a double click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / ≤%2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider certification approved by the platform and not expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage price per GB and month, in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download (egress) price per GB, in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured uptime / the offer&apos;s uptime target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured latency / the offer&apos;s latency target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity still free for new SLAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage
per GB-mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egress
per GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS
tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime
/ target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency
/ target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::ProviderDialog</name>
    <message>
        <source>The provider&apos;s Stellar account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DePIN network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · reputation %3/100%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no jurisdiction given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider is not in the local cache yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;QoS history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ffers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reputation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s Stellar account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, level %1, no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, level %1, valid until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1 (level %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data regions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer whose QoS history is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which of the provider&apos;s offers to chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ffer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider has no offers in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No samples cached for this offer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 probes from %2 to %3: %4 % available, average latency %5 ms (targets: %6 %, %7 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage / GB-mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egress / GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create SLA with selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an SLA over the selected offers of this provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider has not published compliance documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a document to read it.</source>
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
    <name>fb::ui::QosChart</name>
    <message>
        <source>QoS history chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QoS samples yet. The platform&apos;s oracle probes each offer regularly; the history appears here after the first probes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency target</source>
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
        <source>Platform node URL</source>
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
    <message>
        <source>&amp;Local network (runs on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Another node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rust this certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices are shown in this currency at the platform&apos;s exchange rates; payments still settle in the currency you pay with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prices in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flashback runs a platform node on this computer with a demo network; nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://node.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of a Flashback platform node, with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local network starts with Flashback; save and restart to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the node&apos;s address, e.g. https://node.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the node at %1 answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the node at %1 answers (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s certificate is not trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate for “%1”, SHA-256 fingerprint:
%2
Trust it only if the node&apos;s operator gave you this same fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificate %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. This is the node already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: switching to the local network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::ShareLinkDialog</name>
    <message>
        <source>Share link for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone with this link can download the encrypted object of &lt;b&gt;%1&lt;/b&gt; until it expires. They also need the file key to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::SignDialog</name>
    <message>
        <source>TEST NETWORK (%1): this money has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign and pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::SlaWizard</name>
    <message>
        <source>%1 TB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you need?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the storage; the next step finds the providers that fit and costs them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much data you will keep (1 GB = 10^9 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB / month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much you expect to download each month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full copies with several providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure coding: any k of n shards rebuild the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each copy lives with a different provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k = </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n = </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest QoS tier you accept (uptime and latency targets rise with the tier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick the regions your data must not go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. US, CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put each copy or shard in a different &amp;region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mix &amp;cloud and DePIN providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLM from the embedded wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card (platform checkout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card payments go through the platform&apos;s checkout page, in US dollars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data size in GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected downloads in GB per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redundancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shards needed to rebuild (k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shards in total (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum QoS tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different region for each copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mix cloud and DePIN providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum total budget in US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected down&amp;loads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;edundancy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum QoS &amp;tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed re&amp;gions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xcluded countries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Maximum budget (total):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cheapest set that meets every requirement, never two copies with one provider. Pick an alternative if you prefer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider, offer and why it was chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost over the term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace is not available yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you will pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote per provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a platform node; check Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Total %1&lt;/b&gt; (storage %2, downloads %3, platform fee %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;You pay &lt;b&gt;%1&lt;/b&gt; by card on the platform&apos;s checkout page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;About &lt;b&gt;%1&lt;/b&gt; at the node&apos;s rate of %2 per XLM; the exact amount is fixed when you pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay into escrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet signs one payment per provider into the platform&apos;s escrow. You see each transaction before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set up a wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get &amp;development funds (no value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local network&apos;s faucet credits test XLM to your wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get development funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop paying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay by card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet signs you in (it is your account on the platform); then the platform&apos;s checkout page takes the card payment into escrow, once per provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay %1 by card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no wallet yet. Set one up: it takes a minute, and its recovery phrase is yours alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your platform account: %1
Your wallet signs you in; the card pays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying from %1 (balance unknown: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying from %1
Balance on the %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet password signs you in to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card payment %1 of %2 (%3): fill in the checkout below. It is the platform&apos;s page, served by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It opened in your web browser; this page goes on by itself once the payment is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These payments put %1 into the platform&apos;s escrow for your storage agreement. Check the amounts and the memo, then sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each provider&apos;s part, live. Funded means the escrow holds the money; Active means the provider confirmed your storage is ready and the term has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals of this agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this window: the SLAs page keeps tracking the agreement, its payments and its QoS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New storage agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s quote: storage and downloads per provider, and its fee. The money waits in escrow and reaches each provider only while it keeps its promises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s fee is needed to cost a plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay for your storage agreement</source>
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
        <source>New agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escrow movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new agreement with the same providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what you get back before anything happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;dispute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: created %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · started %1 · ends %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · paid %1, released to the provider %2, refunded %3, withheld for QoS %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured latency (ms) against the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QoS samples yet: the platform probes each provider on a schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been paid for this part yet, so nothing moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider has not started: everything you paid comes back, the platform fee included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider keeps what it earned so far (subject to its QoS); the unearned rest comes back. The platform fee is not refunded when you cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This part has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the agreement?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You get back about %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the consumer from the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no QoS samples yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured compliance %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong? The platform attaches the QoS evidence (%1) and an arbiter decides: refund, slash the provider, or dismiss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dispute is open; you will see the decision here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by deal, provider or state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and sign the escrow payment of the deals not paid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;iscard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the deals not paid yet; nothing was paid, nothing moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 (price %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Awaiting payment&lt;/b&gt;: %n deal(s) not paid yet, %1 due.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Awaiting payment&lt;/b&gt;: %n deal(s) not paid yet; the provider has not accepted, you pay once it does.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 (%2, %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unpaid agreement?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Discard %n unpaid deal(s) worth %1? They are cancelled with their providers; nothing was paid, so nothing moves.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded by the consumer before paying</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::ui::TransfersPanel</name>
    <message>
        <source>Resume all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue every paused transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted when Flashback closed. Resume continues from what was already transferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Transfers&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear finished transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the transfer of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All transfers finished (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total transfer progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the transfer of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the transfer of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: finishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at %1/s, about %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active, %2 paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits the network traffic of all transfers together, so uploads and downloads leave bandwidth for other work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speed limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit: %1 MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit: %1/s</source>
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
    <name>fb::ui::WalletSetupDialog</name>
    <message>
        <source>Set up your wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flashback pays providers from a wallet that lives only on this computer. Its keys come from a recovery phrase: whoever has the phrase has the money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a wallet from its recovery phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down your recovery phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write these 24 words on paper, in order, and keep it somewhere safe and offline. They are shown only now. Anyone who sees them can take your funds; without them a lost computer means lost funds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;written the 24 words down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the words at these positions from your paper copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from your recovery phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the 12 or 24 words of your BIP39 recovery phrase, separated by spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if your phrase was made with one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password encrypts the wallet on this computer and is asked before every payment. It cannot be recovered; your recovery phrase can always restore the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters; a few unrelated words make a strong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word &amp;%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phrase is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word %1 does not match. Look at your paper copy again; go back to see the words if you need to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fb::web::DocumentPage</name>
    <message>
        <source>Leave the document?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link leads away from %1 to %2. Open it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document</source>
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
