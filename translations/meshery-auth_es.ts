<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountView</name>
    <message>
        <source>A&amp;ccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the token in clear text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the token; the arrow offers headers, a curl line and mesheryctl&apos;s auth.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other ways to copy the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as a header, a curl line or mesheryctl&apos;s auth.json (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the token now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server to renew the token with its refresh token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names the certificate is valid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 &amp;fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare it with the fingerprint your administrator gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rust this certificate for this server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTestView</name>
    <message>
        <source>Co&amp;nnection test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every check against the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected check as a curl line; meshery-auth-cli hands it the token on its standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy r&amp;eport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole run as text, without secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmbeddedLoginDialog</name>
    <message>
        <source>Log in to Meshery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;system browser instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Meshery Auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Meshery server to work with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit or remove servers; import from or export to mesheryctl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you sign in to this server (F5 asks the server again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the chosen provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other ways to log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in in your system browser, or with an API token (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and remove this server&apos;s tokens from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::AccountView</name>
    <message>
        <source>Copy as &amp;Authorization header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as C&amp;ookie header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;mesheryctl auth.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not renew the token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server renewed the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server still accepts the token as it is; nothing to renew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server: log in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token needed (Local provider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: the token does not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>— older than %n day(s): consider making a new token.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ApiClient</name>
    <message>
        <source>refused to send the token to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ApiError</name>
    <message>
        <source>The request succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Meshery server cannot be reached: nothing answered at that address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s host name could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection without answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the secure connection was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired or the token is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in, but not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request needs an organization, and none is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Meshery server or its provider is temporarily unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Meshery server ran into an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large and was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available, so the token cannot be kept safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token stored in the keychain is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid Meshery token, so it was neither sent nor kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not return your organizations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not return your workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a usable Meshery server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value of this server&apos;s settings is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file could not be written: the change lasts only until the app quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in to this server: no token is stored for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mesheryctl&apos;s configuration could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mesheryctl&apos;s files could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mesheryctl&apos;s token file holds another token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the server&apos;s certificate has changed since you trusted it. Someone may be intercepting the connection, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server is reached over plain http: your token would travel unencrypted, so it was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate settings of this server cannot be used, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the secure connection: it did not accept a client certificate from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that Meshery is running and that the server address and port are right (the default is http://localhost:9081).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling of the server address and your network or VPN connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check the server&apos;s logs or any proxy in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again, or raise the time limit in the server&apos;s settings if the server is slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the certificate&apos;s fingerprint with the one your administrator gave you; trust it only if they match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an administrator of your organization for access, or pick another organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an organization in the Organizations list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server address; this Meshery version may not offer this feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the values you entered; the server&apos;s message below says more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a minute and try again; if it persists, check that the server can reach its remote provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later; if it persists, quote the request id to your Meshery administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the address points at a Meshery server and not at another web site or a proxy&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the address points at a Meshery server; narrow the request (for example with a search) if it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (for example GNOME Keyring or KWallet) and try again, or continue for this session only: the token is then kept in memory and forgotten on quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your keyring and allow Meshery Auth to use it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in again to store a complete token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the token again from where it was made, without spaces, quotes or line breaks, or log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server passed on the provider&apos;s refusal, with its reason when it gave one. Log in again, or ask your provider&apos;s administrator whether your account may see organizations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server passed on the provider&apos;s refusal, with its reason when it gave one. Log in again, or ask your provider&apos;s administrator whether your account may see this organization&apos;s workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an address such as %1: http or https, a host name and, when needed, a port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the value as the message above says and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the settings file and its folder exist, are yours and are writable, and that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix or remove the file named above (mesheryctl&apos;s own commands can help), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file named above and its folder are yours and writable, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it only if mesheryctl no longer needs that sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your administrator whether the certificate was replaced. Trust the new one only if its fingerprint matches the one they give you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the server&apos;s https:// address. If this network is private and you accept the risk, confirm plain http for this server (in the window, or: meshery-auth-cli profiles add NAME URL --allow-http).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the file or passphrase named above in the server&apos;s settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this server&apos;s settings name the client certificate your administrator issued, and that it has not expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probable cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested remediation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Autostart</name>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::BrowserHelper</name>
    <message>
        <source>The CA file &quot;%1&quot; holds more certificates than the built-in browser takes (%2 KiB of PEM at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first message is not a login request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server address is not an http or https address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider&apos;s address is not an http or https address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider&apos;s name is missing or too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time limit is not between a second and an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trusted certificates are not a short list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a trusted certificate is not a SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA certificates are not PEM text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA certificates are longer than %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA certificates are not PEM certificates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::CertificateDialog</name>
    <message>
        <source>The server&apos;s certificate has changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The server&apos;s certificate has changed.&lt;/b&gt; %1 no longer shows the certificate you trusted for it. This may be an attack: someone between you and the server may be trying to read your token. Trust the new certificate only if the server&apos;s administrator told you it was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 shows a certificate this computer does not trust.&lt;/b&gt; Nothing was sent to it. Trust the certificate only if its fingerprint matches the one the server&apos;s administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::CliContext</name>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the profiles with: meshery-auth-cli profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server is chosen and no profile is current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with: meshery-auth-cli --server URL login --provider KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server renewed the session, but the new token could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::CliError</name>
    <message>
        <source>See meshery-auth-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::Command</name>
    <message>
        <source>See meshery-auth-cli %1 --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; needs more arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many arguments for &quot;%1&quot;. Tokens are never taken as arguments: use login --token-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with: meshery-auth-cli --server %1 login --provider %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document (see docs/cli.md).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::CommandLine</name>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Meshery server to use; a new address is saved as a profile when a login succeeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved profile to use, by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit of each request, %1 to %2 seconds (default: the profile&apos;s, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens are never accepted as command-line arguments: they would stay in your shell history and show in process lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe the token in instead: meshery-auth-cli login --provider KEY --token-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meshery Auth from the terminal: sign in to Meshery servers and use their tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See meshery-auth-cli %1 --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --server or --profile, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [--server URL | --profile NAME] [--timeout SECONDS] COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  0  success
  1  other failure
  2  usage error
  3  not signed in, session expired or credentials refused
  4  server unreachable, timeout or TLS error
  5  keychain unavailable
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::ConnectionTestCommand</name>
    <message>
        <source>Run the staged connection checks: name, ok/fail, HTTP status, time and message of each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::LoginCommand</name>
    <message>
        <source>Sign in with a provider and keep the token in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider to sign in with (see the providers command); default: the profile&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in in the system browser (the default for remote providers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read an API token from standard input and check it with the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like --web, but only print the login URL on stdout (one line) and wait for the browser to come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of --web, --token-stdin and --print-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a provider with --provider KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the server&apos;s providers with: meshery-auth-cli providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 does not offer the provider &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It offers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 provider needs no token and no browser: selecting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token arrived on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe it in, for example: meshery-auth-cli login --provider %1 --token-stdin &lt; token.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login received; checking it with the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser was asked to open the login page of %1. If it did not, open this address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address in a browser on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the login (up to %n minute(s); Ctrl+C cancels)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Using the %1 provider of %2 (no token needed), as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 with %2 as %3; the token is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::LogoutCommand</name>
    <message>
        <source>Log out at the server and remove the profile&apos;s tokens from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: there is nothing to log out of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out of %1 at the provider; its tokens were removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokens of %1 were removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider may still accept the token until it expires: the server could not end the session there (that needs the session of a browser login; a token from --token-stdin has none). Revoke it on the provider&apos;s API tokens page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::MesheryctlCommand</name>
    <message>
        <source>mesheryctl&apos;s config.yaml (default: ~/.meshery/config.yaml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the mesheryctl context to write (default: the one for this server, else a new one named after it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: overwrite a token file that holds a different token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import mesheryctl&apos;s contexts and tokens, or export the profile&apos;s token to mesheryctl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: every mesheryctl context becomes a profile, its token goes into the keychain; export: the profile&apos;s token becomes mesheryctl&apos;s auth.json and current context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--context and --replace are options of &quot;mesheryctl export&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action of &quot;mesheryctl&quot;; use import or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See meshery-auth-cli mesheryctl --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in, Local provider (no token needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported, no token (logged out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no contexts to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONTEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: some contexts could not be imported (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the export again with --replace to overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to the mesheryctl context %2 (current now) in %3; token file: %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::OrgsCommand</name>
    <message>
        <source>List your organizations (id, name), or choose the active one with &quot;orgs use ID&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the organization with this id the active one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown subcommand of &quot;orgs&quot;; the only one is &quot;use ID&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See meshery-auth-cli orgs --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with a provider that offers organizations, such as Meshery Cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server listed more than %1 organizations; none are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No real account has that many: check the server address, or ask its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You belong to no organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You belong to no organization with the id &quot;%1&quot; on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List your organizations with: meshery-auth-cli orgs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The active organization of %1 is now %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::Output</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::ProfilesCommand</name>
    <message>
        <source>List, add, remove or choose the current server profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust: the SHA-256 fingerprint you were given for the server&apos;s certificate, instead of typing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add NAME URL: save a new profile; remove NAME: forget a profile and delete its tokens; use NAME: make a profile current; trust NAME: show the certificate the server presents and trust it once you confirm its fingerprint; untrust NAME SHA256: forget a trusted certificate. Without one: list the profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--allow-http, --ca-file, --client-cert, --client-key and --client-key-passphrase-stdin belong to &quot;profiles add&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fingerprint belongs to &quot;profiles trust&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two different fingerprints were given; give one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown subcommand of &quot;profiles&quot;; use add, remove, use, trust or untrust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See meshery-auth-cli profiles --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles yet. Add one with: meshery-auth-cli profiles add NAME URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CURRENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the profiles with: meshery-auth-cli profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name, or remove that one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--allow-http is not needed for %1: the token is encrypted or stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the profile %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is now the current profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 was saved, but its key passphrase could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key passphrase is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fingerprint takes a SHA-256 fingerprint: 32 bytes in hex, colons optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is plain http: it has no certificate to trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a profile with the server&apos;s https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is already trusted; nothing was pinned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one your administrator gave you. To trust the certificate for %1, type its SHA-256 fingerprint and press Enter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint does not match the certificate %1 presents: nothing was trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust a certificate only when its fingerprint matches the one your administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted this certificate for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the certificate by its SHA-256 fingerprint: 32 bytes in hex, colons optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s trusted fingerprints are listed by: meshery-auth-cli status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 does not trust a certificate with that fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 no longer trusts the certificate %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the profile %1 and its tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now using %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::ProvidersCommand</name>
    <message>
        <source>List the server&apos;s providers: key, name, type (local/remote) and URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::StatusCommand</name>
    <message>
        <source>Show the server, provider, signed-in user, token state and expiry, and active organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the server: log in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be checked with the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none needed (Local provider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, expiry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::TokenCommand</name>
    <message>
        <source>raw (the token alone, the default), bearer (an Authorization header), cookie (a Cookie header), headers (both, one a line, for curl -H @-), curl (a curl command for /api/user that reads them so) or mesheryctl (an auth.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the stored token, alone or in a ready-to-use form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown token format; choose one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s expiry has passed, but the server still accepts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored token for %1 expired at %2, and the server did not renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored token for %1 expired at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in again: meshery-auth-cli --server %1 login --provider %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 provider of %2 uses no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with a remote provider to get one: meshery-auth-cli login --provider KEY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::TokenInput</name>
    <message>
        <source>More than %1 KiB arrived on standard input: that is not a token or passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the token and press Enter (it is not shown): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the client key&apos;s passphrase and press Enter (it is not shown): </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::TrustOptions</name>
    <message>
        <source>add: accept that the token travels unencrypted to this plain-http server on another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: a PEM file of CA certificates to trust for this server only (an internal CA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: the client certificate to present to this server (PEM, or PKCS#12 .p12/.pfx with its key inside).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: the client certificate&apos;s private key (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: read the client key&apos;s passphrase from standard input; it is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-key and --client-key-passphrase-stdin need --client-cert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates are used with https:// addresses only; %1 is plain http.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase arrived on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe it in, for example: meshery-auth-cli profiles add NAME URL --client-cert FILE --client-key-passphrase-stdin &lt; passphrase.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give its passphrase with --client-key-passphrase-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved. Check the file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::TrustReport</name>
    <message>
        <source>Warning: %1 is plain http: your token travels unencrypted (you confirmed this with --allow-http).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1 is plain http: your token would travel unencrypted, so none is sent until you confirm it (meshery-auth-cli profiles remove %2, then meshery-auth-cli profiles add %2 %1 --allow-http) or use the server&apos;s https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain http on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain http to another computer: your token travels unencrypted (confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain http to another computer: no token is sent (not confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed (kept in the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ConnectionTest</name>
    <message>
        <source>Server reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token not expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces of the active organization readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GraphQL endpoint answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meshery %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version unknown (the server answered HTTP %1 when asked for it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider is chosen for this server: pick one and log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer the provider &quot;%1&quot;; it offers: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (remote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>answers (%n namespace(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No active organization: choose one under Organizations to check its workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ready; asking for its version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: the providers could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The server says: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Local provider uses no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is stored for this server: log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry unknown (the token does not say); the server&apos;s answer decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired at %1, but it carries a refresh token: the server renews it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test of %1 (provider %2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ConnectionTestView</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some checks failed; see the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::DemoServer</name>
    <message>
        <source>The demo server could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server stopped before it was ready (exit code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server is not installed (meshery-auth-demo-server was not found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server said something unexpected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::EmbeddedLoginDialog</name>
    <message>
        <source>Log in to Meshery with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider login page</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No login arrived within %n minute(s). Try again, or log in with your system browser.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> %1 (secure connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login ended at %1 without a token. Try again, or log in with your system browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page at %1 could not be loaded. Check that the server is running and reachable, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2), so the page was not shown. Only this server&apos;s own certificate, pinned or issued by its CA file, is trusted here.

%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::EmbeddedLoginJob</name>
    <message>
        <source>The embedded browser stopped answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded browser did not start in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded browser is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded browser could not be started (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded browser sent something unexpected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded browser installed (%1) is not the one of this Meshery Auth (%2); reinstall Meshery Auth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded browser stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded browser quit before the login ended (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::KeychainStore</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MesheryAuth::LoginCallback</name>
    <message>
        <source>the session cookie of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::LoginController</name>
    <message>
        <source>Choose a provider first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your token unencrypted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reached over plain http: your token travels unencrypted to %1, and anyone on the network between can read it and use your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an https:// address if the server offers one. Send the token anyway only on a network you trust; you are asked once for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send my token unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selecting the Local provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signs visitors in anonymously; its own login page opens instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the login page of %1 (Esc cancels)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in browser cannot present client certificates, and this server&apos;s profile uses one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded browser failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can log in with your system browser instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with &amp;system browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login received; checking it with the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out at the provider; this server&apos;s tokens were removed from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was removed from this computer, but the provider may still accept it until it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not end the session at the provider: that needs the session of a browser login, and a pasted API token has none. Revoke the token on the provider&apos;s API tokens page%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::LoopbackCallbackListener</name>
    <message>
        <source>Could not open a local port for the login callback: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page only accepts the login callback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still waiting for the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token arrived at this address. Finish signing in on the provider&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meshery Auth already received a login. You can close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider sent a token that Meshery Auth cannot use. Return to Meshery Auth for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meshery Auth received your login. You can close this window now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::MainWindow</name>
    <message>
        <source>The change could not be saved in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copied; the clipboard is cleared in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in in the &amp;embedded browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in in my &amp;system browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with an &amp;API token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting at login could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(providers unavailable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s providers could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local (no sign-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (remote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1), so tokens cannot be kept safely. You can continue for this session only: tokens stay in memory and are forgotten on quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue for this &amp;session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired or the token is invalid. The old token is kept until you log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Meshery server answers at %1. Start Meshery there, pick another server, or try the built-in demo server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session-only mode: tokens are kept in memory and forgotten when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: Your token travels unencrypted to %1. You allowed this for this server; you can take it back in the server&apos;s settings (Servers, Edit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: Your token travels unencrypted to %1. Use an https:// address if the server offers one; signing in here asks you first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is trusted for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was rejected; nothing was sent to the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::MesheryctlFiles</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a mesheryctl file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set the permissions of %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not YAML mesheryctl can read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an alias refers to a node that contains it, so the file has no end when read; it is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with its aliases expanded, the file holds more than %1 values, far more than any mesheryctl config.yaml; it is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a single value, not a list or map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it holds no mesheryctl contexts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected mesheryctl&apos;s settings (contexts, current-context, tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;contexts&quot; must map names to contexts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a context name must be a single value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the context &quot;%1&quot; must be a map of settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tokens&quot; must be a list of token entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a token entry must be a map with &quot;name&quot; and &quot;location&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a token entry has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a mesheryctl token file: it holds no JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a mesheryctl token file: it has no &quot;%2&quot; field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a mesheryctl token file: &quot;%2&quot; and &quot;%3&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context &quot;%1&quot; names the token entry &quot;%2&quot;, which is not in the tokens of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token entry &quot;%1&quot; in %2 has no location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token of the context &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token entry &quot;%1&quot; (%2) is not used by any context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current-context names &quot;%1&quot;, which is not among the contexts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no token to write to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a different token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and is not a token file this app can read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make %1 private to you: its permissions cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a mesheryctl context name: use lower-case letters, digits, &quot;-&quot; and &quot;_&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token entry &quot;%1&quot; needs a location.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::MesheryctlSync</name>
    <message>
        <source>Context &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is stored for %1; log in first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::OrganizationsView</name>
    <message>
        <source>Log in to see your organizations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading organizations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The active organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organization matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You belong to no organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 organizations; search to narrow the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s). Double-click one to make it active.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No active organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Active organization: %n workspace(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MesheryAuth::PasteTokenDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the token with the server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ProfileDialog</name>
    <message>
        <source>Add a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server was saved, but the key passphrase could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ProfileSecurityPage</name>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file for this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ProfileService</name>
    <message>
        <source>Demo (built-in test server)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ProfileStore</name>
    <message>
        <source>The time limit must be between %1 and %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ProviderFeatures</name>
    <message>
        <source>Organizations come with remote providers such as Meshery Cloud; the Local provider has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces come with remote providers such as Meshery Cloud; the Local provider has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider %1 does not offer organizations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider %1 does not offer workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::SecretField</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ServerAddress</name>
    <message>
        <source>Enter the Meshery server&apos;s address, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only http:// and https:// addresses are supported, not %1://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; names no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address; sign in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must not contain &quot;?&quot; or &quot;#&quot; parts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ServersMenu</name>
    <message>
        <source>&amp;Add server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from mesheryctl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport to mesheryctl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 and delete its tokens from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s tokens were removed, but the server could not be removed from the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s tokens could not be removed; the server was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 and its tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing from mesheryctl…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n context(s) from mesheryctl.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>mesheryctl now uses this sign-in (context &quot;%1&quot;, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to mesheryctl failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace mesheryctl&apos;s token?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds another token. Replace it with this server&apos;s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo server running at %1: sign in with any user name and the password &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::SettingsDialog</name>
    <message>
        <source>The embedded browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My system browser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::SystemBrowserLogin</name>
    <message numerus="yes">
        <source>No login arrived within %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; has no login page: choose a remote provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; names a login page that is not a web address (%2), so it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::SystemBrowserLoginDialog</name>
    <message>
        <source>Log in to Meshery with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login received; checking it with the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link copied. Open it in a browser on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the login link and open it in a browser on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the login (up to %n minute(s))…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::TlsCertificateInfo</name>
    <message>
        <source>Subject: %1
Issuer: %2
Valid from %3 until %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::TlsMaterial</name>
    <message>
        <source>The %1 &quot;%2&quot; cannot be read: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is larger than any certificate file (over %3 KiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate &quot;%1&quot; expired on %2; ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate &quot;%1&quot; is valid only from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; holds no certificate (PEM expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client key &quot;%1&quot; is protected by a passphrase, and none is stored for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate bundle &quot;%1&quot; cannot be opened: the passphrase is wrong, or it is not a PKCS#12 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate &quot;%1&quot; holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client key &quot;%1&quot; cannot be opened: the passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; holds no private key in PEM form (RSA, EC or DSA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::TokenConfirmation</name>
    <message>
        <source>the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s /api/token answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::TokenStatus</name>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry unknown (opaque token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::TokenValidator</name>
    <message>
        <source>The token is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is longer than %1 KiB, far more than any Meshery token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has a space or a line break at character %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has a character that no Meshery token has, at character %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::TokenVault</name>
    <message>
        <source>The entry &quot;%1&quot; has an unreadable chunk count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1 of %2 of the entry &quot;%3&quot; is missing from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain entry &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session cookie to keep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ValueLabel</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationsView</name>
    <message>
        <source>O&amp;rganizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it the active organization for calls that need one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy org &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasteTokenDialog</name>
    <message>
        <source>Sign in with an API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a token made in your provider&apos;s web interface (for example Meshery Cloud &gt; Account &gt; API Tokens). It is checked with the server before it is kept in your keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://localhost:9081</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken from the address when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileSecurityPage</name>
    <message>
        <source>&amp;Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s trusted CAs only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM file of extra certificate authorities, trusted for this server only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM, or PKCS#12 (.p12, .pfx) with the key inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None, or inside the PKCS#12 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged (kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the stored key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tr&amp;usted certificates (SHA-256 fingerprints):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the trusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow sending my token u&amp;nencrypted to this server (plain http)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear copied tokens after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear copied tokens after, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a copied token stays on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request timeout for new servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout for new servers, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers added from now on start with this timeout; each server keeps its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in button uses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in button uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;when I log in to the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;minimised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemBrowserLoginDialog</name>
    <message>
        <source>Log in with your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish signing in in your browser. This window closes by itself when the login arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy login link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For when no browser opened: paste the link into a browser on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open browser again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sign in to Meshery and manage your tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meshery server address to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in demo server and open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
