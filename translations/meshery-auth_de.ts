<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountView</name>
    <message>
        <source>A&amp;ccount</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Angemeldet als:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>Token status:</source>
        <translation>Token-Status:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>Ausgestellt:</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Show the token in clear text</source>
        <translation>Das Token im Klartext anzeigen</translation>
    </message>
    <message>
        <source>Cop&amp;y token</source>
        <translation>Token ko&amp;pieren</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <source>Copy the token; the arrow offers headers, a curl line and mesheryctl&apos;s auth.json</source>
        <translation>Das Token kopieren; der Pfeil bietet Header, eine curl-Zeile und die auth.json von mesheryctl</translation>
    </message>
    <message>
        <source>Other ways to copy the token</source>
        <translation>Weitere Möglichkeiten, das Token zu kopieren</translation>
    </message>
    <message>
        <source>Copy as a header, a curl line or mesheryctl&apos;s auth.json (Alt+Down)</source>
        <translation>Als Header, als curl-Zeile oder als auth.json von mesheryctl kopieren (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <source>Re&amp;fresh now</source>
        <translation>&amp;Jetzt erneuern</translation>
    </message>
    <message>
        <source>Refresh the token now</source>
        <translation>Das Token jetzt erneuern</translation>
    </message>
    <message>
        <source>Ask the server to renew the token with its refresh token</source>
        <translation>Den Server bitten, das Token mit seinem Refresh-Token zu erneuern</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Was nicht stimmt</translation>
    </message>
    <message>
        <source>Issued &amp;to:</source>
        <translation>Ausgestellt &amp;für:</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Ausgestellt für</translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation>Ausgestellt &amp;von:</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <source>&amp;Valid:</source>
        <translation>&amp;Gültig:</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>&amp;Namen:</translation>
    </message>
    <message>
        <source>Names the certificate is valid for</source>
        <translation>Namen, für die das Zertifikat gilt</translation>
    </message>
    <message>
        <source>SHA-256 &amp;fingerprint:</source>
        <translation>SHA-256-Fingera&amp;bdruck:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint your administrator gave you</source>
        <translation>Vergleichen Sie ihn mit dem Fingerabdruck, den Sie von Ihrem Administrator erhalten haben</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate for this server</source>
        <translation>Diesem Zertifikat für diesen Server ve&amp;rtrauen</translation>
    </message>
</context>
<context>
    <name>CloseQuestion</name>
    <message>
        <source>Close the window</source>
        <translation>Fenster schließen</translation>
    </message>
    <message>
        <source>Keep Meshery Auth running in the system tray when the window is closed, or quit? Your answer is remembered; you can change it in Settings.</source>
        <translation>Soll Meshery Auth im Infobereich weiterlaufen, wenn das Fenster geschlossen wird, oder beendet werden? Ihre Antwort wird gespeichert; Sie können sie in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray</source>
        <translation>Im Infobereich &amp;weiterlaufen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ConnectionTestView</name>
    <message>
        <source>Co&amp;nnection test</source>
        <translation>&amp;Verbindungstest</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung p&amp;rüfen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung prüfen</translation>
    </message>
    <message>
        <source>Run every check against the server</source>
        <translation>Alle Prüfungen gegen den Server ausführen</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Als c&amp;url kopieren</translation>
    </message>
    <message>
        <source>The selected check as a curl line; meshery-auth-cli hands it the token on its standard input</source>
        <translation>Die ausgewählte Prüfung als curl-Zeile; meshery-auth-cli übergibt ihr das Token über die Standardeingabe</translation>
    </message>
    <message>
        <source>Copy r&amp;eport</source>
        <translation>&amp;Bericht kopieren</translation>
    </message>
    <message>
        <source>The whole run as text, without secrets</source>
        <translation>Der gesamte Durchlauf als Text, ohne Geheimnisse</translation>
    </message>
    <message>
        <source>Connection test results</source>
        <translation>Ergebnisse des Verbindungstests</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anfrage-ID</translation>
    </message>
</context>
<context>
    <name>EmbeddedLoginDialog</name>
    <message>
        <source>Log in to Meshery</source>
        <translation>Bei Meshery anmelden</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Page loading</source>
        <translation>Seite wird geladen</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Open in &amp;system browser instead</source>
        <translation>Stattdessen im &amp;Systembrowser öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>FirstRunView</name>
    <message>
        <source>Get started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>No Meshery server is set up yet. Choose one of these ways to start.</source>
        <translation>Es ist noch kein Meshery-Server eingerichtet. Wählen Sie einen dieser Wege, um zu beginnen.</translation>
    </message>
    <message>
        <source>Your Meshery server</source>
        <translation>Ihr Meshery-Server</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>Meshery server address</source>
        <translation>Adresse des Meshery-Servers</translation>
    </message>
    <message>
        <source>For example http://localhost:9081 or https://meshery.example.com</source>
        <translation>Zum Beispiel http://localhost:9081 oder https://meshery.example.com</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Problem mit der Adresse</translation>
    </message>
    <message>
        <source>Sign-ins you have in mesheryctl</source>
        <translation>Ihre Anmeldungen in mesheryctl</translation>
    </message>
    <message>
        <source>&amp;Import from mesheryctl</source>
        <translation>Aus mesheryctl &amp;importieren</translation>
    </message>
    <message>
        <source>No server at hand</source>
        <translation>Kein Server zur Hand</translation>
    </message>
    <message>
        <source>Starts a Meshery-compatible demo server on this computer, to try every way of signing in.</source>
        <translation>Startet einen Meshery-kompatiblen Demo-Server auf diesem Computer, um jede Art der Anmeldung auszuprobieren.</translation>
    </message>
    <message>
        <source>Try the &amp;demo server</source>
        <translation>&amp;Demo-Server ausprobieren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Meshery Auth</source>
        <translation>Meshery Auth</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>The Meshery server to work with</source>
        <translation>Der Meshery-Server, mit dem gearbeitet wird</translation>
    </message>
    <message>
        <source>Ser&amp;vers…</source>
        <translation>Server ver&amp;walten…</translation>
    </message>
    <message>
        <source>Add, edit or remove servers; import from or export to mesheryctl</source>
        <translation>Server hinzufügen, bearbeiten oder entfernen; aus mesheryctl importieren oder nach mesheryctl exportieren</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>How you sign in to this server (F5 asks the server again)</source>
        <translation>Wie Sie sich bei diesem Server anmelden (F5 fragt den Server erneut)</translation>
    </message>
    <message>
        <source>Loading providers</source>
        <translation>Anbieter werden geladen</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>A&amp;nmelden</translation>
    </message>
    <message>
        <source>Sign in with the chosen provider</source>
        <translation>Mit dem gewählten Anbieter anmelden</translation>
    </message>
    <message>
        <source>Other ways to log in</source>
        <translation>Weitere Anmeldemöglichkeiten</translation>
    </message>
    <message>
        <source>Log in in your system browser, or with an API token (Alt+Down)</source>
        <translation>Im Systembrowser oder mit einem API-Token anmelden (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out and remove this server&apos;s tokens from the keychain</source>
        <translation>Abmelden und die Tokens dieses Servers aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>Connection warning</source>
        <translation>Verbindungswarnung</translation>
    </message>
    <message>
        <source>Log in &amp;again</source>
        <translation>&amp;Erneut anmelden</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::AccountView</name>
    <message>
        <source>Copy as &amp;Authorization header</source>
        <translation>Als &amp;Authorization-Header kopieren</translation>
    </message>
    <message>
        <source>Authorization header</source>
        <translation>Authorization-Header</translation>
    </message>
    <message>
        <source>Copy as C&amp;ookie header</source>
        <translation>Als C&amp;ookie-Header kopieren</translation>
    </message>
    <message>
        <source>Cookie header</source>
        <translation>Cookie-Header</translation>
    </message>
    <message>
        <source>Copy as &amp;curl command</source>
        <translation>Als &amp;curl-Befehl kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;mesheryctl auth.json</source>
        <translation>Als auth.json für &amp;mesheryctl kopieren</translation>
    </message>
    <message>
        <source>auth.json</source>
        <translation>auth.json</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>The server did not renew the token: %1</source>
        <translation>Der Server hat das Token nicht erneuert: %1</translation>
    </message>
    <message>
        <source>The server renewed the token.</source>
        <translation>Der Server hat das Token erneuert.</translation>
    </message>
    <message>
        <source>The server still accepts the token as it is; nothing to renew.</source>
        <translation>Der Server akzeptiert das Token noch unverändert; es gibt nichts zu erneuern.</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Refused by the server: log in again</source>
        <translation>Vom Server abgelehnt: Melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>No token needed (Local provider)</source>
        <translation>Kein Token nötig (lokaler Anbieter)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unknown: the token does not say</source>
        <translation>Unbekannt: Das Token enthält keine Angabe</translation>
    </message>
    <message numerus="yes">
        <source>— older than %n day(s): consider making a new token.</source>
        <translation>
            <numerusform>— älter als %n Tag: Erwägen Sie, ein neues Token zu erstellen.</numerusform>
            <numerusform>— älter als %n Tage: Erwägen Sie, ein neues Token zu erstellen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ApiClient</name>
    <message>
        <source>refused to send the token to %1</source>
        <translation>Senden des Tokens an %1 verweigert</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ApiError</name>
    <message>
        <source>The request succeeded.</source>
        <translation>Die Anfrage war erfolgreich.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The Meshery server cannot be reached: nothing answered at that address.</source>
        <translation>Der Meshery-Server ist nicht erreichbar: Unter dieser Adresse hat nichts geantwortet.</translation>
    </message>
    <message>
        <source>The server&apos;s host name could not be found.</source>
        <translation>Der Hostname des Servers konnte nicht gefunden werden.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering.</source>
        <translation>Der Server hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the secure connection was refused.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut, daher wurde die sichere Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>Your session has expired or the token is invalid.</source>
        <translation>Ihre Sitzung ist abgelaufen oder das Token ist ungültig.</translation>
    </message>
    <message>
        <source>You are signed in, but not allowed to do this.</source>
        <translation>Sie sind angemeldet, aber dazu nicht berechtigt.</translation>
    </message>
    <message>
        <source>This request needs an organization, and none is selected.</source>
        <translation>Diese Anfrage benötigt eine Organisation, aber es ist keine ausgewählt.</translation>
    </message>
    <message>
        <source>The server does not know this address.</source>
        <translation>Der Server kennt diese Adresse nicht.</translation>
    </message>
    <message>
        <source>The server rejected the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The Meshery server or its provider is temporarily unavailable.</source>
        <translation>Der Meshery-Server oder sein Anbieter ist vorübergehend nicht verfügbar.</translation>
    </message>
    <message>
        <source>The Meshery server ran into an error.</source>
        <translation>Beim Meshery-Server ist ein Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood.</source>
        <translation>Die Antwort des Servers konnte nicht verstanden werden.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large and was not read.</source>
        <translation>Die Antwort des Servers war zu groß und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The connection to the server failed.</source>
        <translation>Die Verbindung zum Server ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the token cannot be kept safely.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, daher kann das Token nicht sicher aufbewahrt werden.</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt oder hat den Zugriff verweigert.</translation>
    </message>
    <message>
        <source>The token stored in the keychain is incomplete.</source>
        <translation>Das im Schlüsselbund gespeicherte Token ist unvollständig.</translation>
    </message>
    <message>
        <source>This is not a valid Meshery token, so it was neither sent nor kept.</source>
        <translation>Dies ist kein gültiges Meshery-Token, daher wurde es weder gesendet noch gespeichert.</translation>
    </message>
    <message>
        <source>The provider did not return your organizations.</source>
        <translation>Der Anbieter hat Ihre Organisationen nicht zurückgegeben.</translation>
    </message>
    <message>
        <source>The provider did not return your workspaces.</source>
        <translation>Der Anbieter hat Ihre Arbeitsbereiche nicht zurückgegeben.</translation>
    </message>
    <message>
        <source>This is not a usable Meshery server address.</source>
        <translation>Dies ist keine verwendbare Meshery-Serveradresse.</translation>
    </message>
    <message>
        <source>A value of this server&apos;s settings is out of range.</source>
        <translation>Ein Wert in den Einstellungen dieses Servers liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>The settings file could not be written: the change lasts only until the app quits.</source>
        <translation>Die Einstellungsdatei konnte nicht geschrieben werden: Die Änderung gilt nur, bis die Anwendung beendet wird.</translation>
    </message>
    <message>
        <source>You are not signed in to this server: no token is stored for it.</source>
        <translation>Sie sind bei diesem Server nicht angemeldet: Für ihn ist kein Token gespeichert.</translation>
    </message>
    <message>
        <source>mesheryctl&apos;s configuration could not be used.</source>
        <translation>Die Konfiguration von mesheryctl konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <source>mesheryctl&apos;s files could not be written.</source>
        <translation>Die Dateien von mesheryctl konnten nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>mesheryctl&apos;s token file holds another token.</source>
        <translation>Die Token-Datei von mesheryctl enthält ein anderes Token.</translation>
    </message>
    <message>
        <source>Warning: the server&apos;s certificate has changed since you trusted it. Someone may be intercepting the connection, so nothing was sent.</source>
        <translation>Warnung: Das Zertifikat des Servers hat sich geändert, seit Sie ihm vertraut haben. Möglicherweise wird die Verbindung abgefangen, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>This server is reached over plain http: your token would travel unencrypted, so it was not sent.</source>
        <translation>Dieser Server wird über unverschlüsseltes http erreicht: Ihr Token würde unverschlüsselt übertragen, daher wurde es nicht gesendet.</translation>
    </message>
    <message>
        <source>The certificate settings of this server cannot be used, so nothing was sent.</source>
        <translation>Die Zertifikatseinstellungen dieses Servers können nicht verwendet werden, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The server refused the secure connection: it did not accept a client certificate from this computer.</source>
        <translation>Der Server hat die sichere Verbindung abgelehnt: Er hat kein Client-Zertifikat von diesem Computer akzeptiert.</translation>
    </message>
    <message>
        <source>Check that Meshery is running and that the server address and port are right (the default is http://localhost:9081).</source>
        <translation>Prüfen Sie, ob Meshery läuft und ob Serveradresse und Port stimmen (Standard ist http://localhost:9081).</translation>
    </message>
    <message>
        <source>Check the spelling of the server address and your network or VPN connection.</source>
        <translation>Prüfen Sie die Schreibweise der Serveradresse sowie Ihre Netzwerk- oder VPN-Verbindung.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check the server&apos;s logs or any proxy in between.</source>
        <translation>Versuchen Sie es erneut; wenn es weiterhin auftritt, prüfen Sie die Protokolle des Servers oder einen dazwischenliegenden Proxy.</translation>
    </message>
    <message>
        <source>Try again, or raise the time limit in the server&apos;s settings if the server is slow.</source>
        <translation>Versuchen Sie es erneut, oder erhöhen Sie das Zeitlimit in den Einstellungen des Servers, falls der Server langsam ist.</translation>
    </message>
    <message>
        <source>Compare the certificate&apos;s fingerprint with the one your administrator gave you; trust it only if they match.</source>
        <translation>Vergleichen Sie den Fingerabdruck des Zertifikats mit dem, den Sie von Ihrem Administrator erhalten haben; vertrauen Sie ihm nur, wenn beide übereinstimmen.</translation>
    </message>
    <message>
        <source>Log in again.</source>
        <translation>Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Ask an administrator of your organization for access, or pick another organization.</source>
        <translation>Bitten Sie einen Administrator Ihrer Organisation um Zugriff, oder wählen Sie eine andere Organisation.</translation>
    </message>
    <message>
        <source>Choose an organization in the Organizations list and try again.</source>
        <translation>Wählen Sie in der Liste „Organisationen“ eine Organisation aus und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Check the server address; this Meshery version may not offer this feature.</source>
        <translation>Prüfen Sie die Serveradresse; diese Meshery-Version bietet diese Funktion möglicherweise nicht an.</translation>
    </message>
    <message>
        <source>Check the values you entered; the server&apos;s message below says more.</source>
        <translation>Prüfen Sie die eingegebenen Werte; die Meldung des Servers unten enthält weitere Einzelheiten.</translation>
    </message>
    <message>
        <source>Wait a minute and try again; if it persists, check that the server can reach its remote provider.</source>
        <translation>Warten Sie eine Minute und versuchen Sie es erneut; wenn das Problem bestehen bleibt, prüfen Sie, ob der Server seinen entfernten Anbieter erreichen kann.</translation>
    </message>
    <message>
        <source>Try again later; if it persists, quote the request id to your Meshery administrator.</source>
        <translation>Versuchen Sie es später erneut; wenn das Problem bestehen bleibt, nennen Sie Ihrem Meshery-Administrator die Anfrage-ID.</translation>
    </message>
    <message>
        <source>Check that the address points at a Meshery server and not at another web site or a proxy&apos;s page.</source>
        <translation>Prüfen Sie, ob die Adresse auf einen Meshery-Server zeigt und nicht auf eine andere Website oder die Seite eines Proxys.</translation>
    </message>
    <message>
        <source>Check that the address points at a Meshery server; narrow the request (for example with a search) if it does.</source>
        <translation>Prüfen Sie, ob die Adresse auf einen Meshery-Server zeigt; falls ja, grenzen Sie die Anfrage ein (zum Beispiel mit einer Suche).</translation>
    </message>
    <message>
        <source>Check your network connection and try again.</source>
        <translation>Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (for example GNOME Keyring or KWallet) and try again, or continue for this session only: the token is then kept in memory and forgotten on quit.</source>
        <translation>Starten Sie den Schlüsselbund Ihrer Arbeitsumgebung (zum Beispiel GNOME Keyring oder KWallet) und versuchen Sie es erneut, oder fahren Sie nur für diese Sitzung fort: Das Token wird dann im Arbeitsspeicher gehalten und beim Beenden verworfen.</translation>
    </message>
    <message>
        <source>Unlock your keyring and allow Meshery Auth to use it, then try again.</source>
        <translation>Entsperren Sie Ihren Schlüsselbund, erlauben Sie Meshery Auth den Zugriff darauf und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Log in again to store a complete token.</source>
        <translation>Melden Sie sich erneut an, um ein vollständiges Token zu speichern.</translation>
    </message>
    <message>
        <source>Copy the token again from where it was made, without spaces, quotes or line breaks, or log in again.</source>
        <translation>Kopieren Sie das Token erneut von dort, wo es erstellt wurde, ohne Leerzeichen, Anführungszeichen oder Zeilenumbrüche, oder melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server passed on the provider&apos;s refusal, with its reason when it gave one. Log in again, or ask your provider&apos;s administrator whether your account may see organizations.</source>
        <translation>Der Server hat die Ablehnung des Anbieters weitergegeben, mit Begründung, sofern der Anbieter eine genannt hat. Melden Sie sich erneut an, oder fragen Sie den Administrator Ihres Anbieters, ob Ihr Konto Organisationen sehen darf.</translation>
    </message>
    <message>
        <source>The server passed on the provider&apos;s refusal, with its reason when it gave one. Log in again, or ask your provider&apos;s administrator whether your account may see this organization&apos;s workspaces.</source>
        <translation>Der Server hat die Ablehnung des Anbieters weitergegeben, mit Begründung, sofern der Anbieter eine genannt hat. Melden Sie sich erneut an, oder fragen Sie den Administrator Ihres Anbieters, ob Ihr Konto die Arbeitsbereiche dieser Organisation sehen darf.</translation>
    </message>
    <message>
        <source>Enter an address such as %1: http or https, a host name and, when needed, a port.</source>
        <translation>Geben Sie eine Adresse wie %1 ein: http oder https, einen Hostnamen und bei Bedarf einen Port.</translation>
    </message>
    <message>
        <source>Correct the value as the message above says and save again.</source>
        <translation>Korrigieren Sie den Wert, wie in der Meldung oben beschrieben, und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Check that the settings file and its folder exist, are yours and are writable, and that the disk is not full.</source>
        <translation>Prüfen Sie, ob die Einstellungsdatei und ihr Ordner existieren, Ihnen gehören und beschreibbar sind und ob der Datenträger nicht voll ist.</translation>
    </message>
    <message>
        <source>Log in.</source>
        <translation>Melden Sie sich an.</translation>
    </message>
    <message>
        <source>Fix or remove the file named above (mesheryctl&apos;s own commands can help), then try again.</source>
        <translation>Korrigieren oder entfernen Sie die oben genannte Datei (die Befehle von mesheryctl selbst können dabei helfen) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Check that the file named above and its folder are yours and writable, then try again.</source>
        <translation>Prüfen Sie, ob die oben genannte Datei und ihr Ordner Ihnen gehören und beschreibbar sind, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Replace it only if mesheryctl no longer needs that sign-in.</source>
        <translation>Ersetzen Sie das Token nur, wenn mesheryctl diese Anmeldung nicht mehr benötigt.</translation>
    </message>
    <message>
        <source>Ask your administrator whether the certificate was replaced. Trust the new one only if its fingerprint matches the one they give you.</source>
        <translation>Fragen Sie Ihren Administrator, ob das Zertifikat ersetzt wurde. Vertrauen Sie dem neuen nur, wenn sein Fingerabdruck mit dem übereinstimmt, den Sie von ihm erhalten.</translation>
    </message>
    <message>
        <source>Use the server&apos;s https:// address. If this network is private and you accept the risk, confirm plain http for this server (in the window, or: meshery-auth-cli profiles add NAME URL --allow-http).</source>
        <translation>Verwenden Sie die https://-Adresse des Servers. Wenn dieses Netzwerk privat ist und Sie das Risiko akzeptieren, bestätigen Sie unverschlüsseltes http für diesen Server (im Fenster oder mit: meshery-auth-cli profiles add NAME URL --allow-http).</translation>
    </message>
    <message>
        <source>Fix the file or passphrase named above in the server&apos;s settings, then try again.</source>
        <translation>Korrigieren Sie die oben genannte Datei oder Passphrase in den Einstellungen des Servers und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Check that this server&apos;s settings name the client certificate your administrator issued, and that it has not expired.</source>
        <translation>Prüfen Sie, ob in den Einstellungen dieses Servers das Client-Zertifikat angegeben ist, das Ihr Administrator ausgestellt hat, und ob es nicht abgelaufen ist.</translation>
    </message>
    <message>
        <source>Probable cause: %1</source>
        <translation>Wahrscheinliche Ursache: %1</translation>
    </message>
    <message>
        <source>Suggested remediation: %1</source>
        <translation>Vorgeschlagene Abhilfe: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Autostart</name>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::BrowserHelper</name>
    <message>
        <source>The CA file &quot;%1&quot; holds more certificates than the built-in browser takes (%2 KiB of PEM at most).</source>
        <translation>Die CA-Datei „%1“ enthält mehr Zertifikate, als der integrierte Browser aufnimmt (höchstens %2 KiB PEM).</translation>
    </message>
    <message>
        <source>the first message is not a login request</source>
        <translation>die erste Nachricht ist keine Anmeldeanfrage</translation>
    </message>
    <message>
        <source>the server address is not an http or https address</source>
        <translation>die Serveradresse ist keine http- oder https-Adresse</translation>
    </message>
    <message>
        <source>the provider&apos;s address is not an http or https address</source>
        <translation>die Adresse des Anbieters ist keine http- oder https-Adresse</translation>
    </message>
    <message>
        <source>the provider&apos;s name is missing or too long</source>
        <translation>der Name des Anbieters fehlt oder ist zu lang</translation>
    </message>
    <message>
        <source>the time limit is not between a second and an hour</source>
        <translation>das Zeitlimit liegt nicht zwischen einer Sekunde und einer Stunde</translation>
    </message>
    <message>
        <source>the trusted certificates are not a short list</source>
        <translation>die vertrauenswürdigen Zertifikate sind keine kurze Liste</translation>
    </message>
    <message>
        <source>a trusted certificate is not a SHA-256 fingerprint</source>
        <translation>ein vertrauenswürdiges Zertifikat ist kein SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>the CA certificates are not PEM text</source>
        <translation>die CA-Zertifikate sind kein PEM-Text</translation>
    </message>
    <message>
        <source>the CA certificates are longer than %1 KiB</source>
        <translation>die CA-Zertifikate sind länger als %1 KiB</translation>
    </message>
    <message>
        <source>the CA certificates are not PEM certificates</source>
        <translation>die CA-Zertifikate sind keine PEM-Zertifikate</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::CertificateDialog</name>
    <message>
        <source>The server&apos;s certificate has changed</source>
        <translation>Das Zertifikat des Servers hat sich geändert</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server&apos;s certificate has changed.&lt;/b&gt; %1 no longer shows the certificate you trusted for it. This may be an attack: someone between you and the server may be trying to read your token. Trust the new certificate only if the server&apos;s administrator told you it was replaced.</source>
        <translation>&lt;b&gt;Das Zertifikat des Servers hat sich geändert.&lt;/b&gt; %1 zeigt nicht mehr das Zertifikat, dem Sie für diesen Server vertraut haben. Dies kann ein Angriff sein: Jemand zwischen Ihnen und dem Server versucht möglicherweise, Ihr Token mitzulesen. Vertrauen Sie dem neuen Zertifikat nur, wenn der Administrator des Servers Ihnen mitgeteilt hat, dass es ersetzt wurde.</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 shows a certificate this computer does not trust.&lt;/b&gt; Nothing was sent to it. Trust the certificate only if its fingerprint matches the one the server&apos;s administrator gave you.</source>
        <translation>&lt;b&gt;%1 zeigt ein Zertifikat, dem dieser Computer nicht vertraut.&lt;/b&gt; Es wurde nichts dorthin gesendet. Vertrauen Sie dem Zertifikat nur, wenn sein Fingerabdruck mit dem übereinstimmt, den Sie vom Administrator des Servers erhalten haben.</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>Ver&amp;trauen</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::CliContext</name>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>List the profiles with: meshery-auth-cli profiles</source>
        <translation>Profile auflisten mit: meshery-auth-cli profiles</translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation>--server: %1</translation>
    </message>
    <message>
        <source>No server is chosen and no profile is current.</source>
        <translation>Es ist weder ein Server gewählt noch ein aktuelles Profil festgelegt.</translation>
    </message>
    <message>
        <source>Log in with: meshery-auth-cli --server URL login --provider KEY</source>
        <translation>Anmelden mit: meshery-auth-cli --server URL login --provider KEY</translation>
    </message>
    <message>
        <source>The server renewed the session, but the new token could not be stored: %1</source>
        <translation>Der Server hat die Sitzung erneuert, aber das neue Token konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::CliError</name>
    <message>
        <source>See meshery-auth-cli --help.</source>
        <translation>Siehe meshery-auth-cli --help.</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::Command</name>
    <message>
        <source>See meshery-auth-cli %1 --help.</source>
        <translation>Siehe meshery-auth-cli %1 --help.</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; needs more arguments.</source>
        <translation>Der Befehl „%1“ benötigt weitere Argumente.</translation>
    </message>
    <message>
        <source>Too many arguments for &quot;%1&quot;. Tokens are never taken as arguments: use login --token-stdin.</source>
        <translation>Zu viele Argumente für „%1“. Tokens werden nie als Argumente angenommen: Verwenden Sie login --token-stdin.</translation>
    </message>
    <message>
        <source>You are not signed in to %1.</source>
        <translation>Sie sind nicht bei %1 angemeldet.</translation>
    </message>
    <message>
        <source>Log in with: meshery-auth-cli --server %1 login --provider %2</source>
        <translation>Anmelden mit: meshery-auth-cli --server %1 login --provider %2</translation>
    </message>
    <message>
        <source>Print one JSON document (see docs/cli.md).</source>
        <translation>Ein einzelnes JSON-Dokument ausgeben (siehe docs/cli.md).</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::CommandLine</name>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>Unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>Unknown option.</source>
        <translation>Unbekannte Option.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The Meshery server to use; a new address is saved as a profile when a login succeeds.</source>
        <translation>Der zu verwendende Meshery-Server; eine neue Adresse wird nach erfolgreicher Anmeldung als Profil gespeichert.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The saved profile to use, by name.</source>
        <translation>Das zu verwendende gespeicherte Profil, angegeben über seinen Namen.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Time limit of each request, %1 to %2 seconds (default: the profile&apos;s, %3).</source>
        <translation>Zeitlimit jeder Anfrage, %1 bis %2 Sekunden (Standard: das des Profils, %3).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Tokens are never accepted as command-line arguments: they would stay in your shell history and show in process lists.</source>
        <translation>Tokens werden nie als Befehlszeilenargumente angenommen: Sie blieben im Verlauf Ihrer Shell gespeichert und wären in Prozesslisten sichtbar.</translation>
    </message>
    <message>
        <source>Pipe the token in instead: meshery-auth-cli login --provider KEY --token-stdin</source>
        <translation>Übergeben Sie das Token stattdessen per Pipe: meshery-auth-cli login --provider KEY --token-stdin</translation>
    </message>
    <message>
        <source>Meshery Auth from the terminal: sign in to Meshery servers and use their tokens.</source>
        <translation>Meshery Auth im Terminal: bei Meshery-Servern anmelden und deren Tokens verwenden.</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>Der auszuführende Befehl (siehe unten).</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>BEFEHL</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Unknown command.</source>
        <translation>Unbekannter Befehl.</translation>
    </message>
    <message>
        <source>See meshery-auth-cli %1 --help.</source>
        <translation>Siehe meshery-auth-cli %1 --help.</translation>
    </message>
    <message>
        <source>Use either --server or --profile, not both.</source>
        <translation>Verwenden Sie entweder --server oder --profile, nicht beides.</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds from %1 to %2.</source>
        <translation>--timeout muss eine ganze Zahl von Sekunden zwischen %1 und %2 sein.</translation>
    </message>
    <message>
        <source>%1 [--server URL | --profile NAME] [--timeout SECONDS] COMMAND [options]</source>
        <translation>%1 [--server URL | --profile NAME] [--timeout SEKUNDEN] BEFEHL [Optionen]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>Mit „%1 BEFEHL --help“ werden die Optionen eines Befehls angezeigt.</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <source>  0  success
  1  other failure
  2  usage error
  3  not signed in, session expired or credentials refused
  4  server unreachable, timeout or TLS error
  5  keychain unavailable
</source>
        <translation>  0  Erfolg
  1  sonstiger Fehler
  2  Aufruffehler
  3  nicht angemeldet, Sitzung abgelaufen oder Zugangsdaten abgelehnt
  4  Server nicht erreichbar, Zeitüberschreitung oder TLS-Fehler
  5  Schlüsselbund nicht verfügbar
</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::ConnectionTestCommand</name>
    <message>
        <source>Run the staged connection checks: name, ok/fail, HTTP status, time and message of each.</source>
        <translation>Die gestuften Verbindungsprüfungen ausführen: Name, ok/fail, HTTP-Status, Zeit und Meldung jeder Prüfung.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation>PRÜFUNG</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MELDUNG</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::LoginCommand</name>
    <message>
        <source>Sign in with a provider and keep the token in the system keychain.</source>
        <translation>Mit einem Anbieter anmelden und das Token im Schlüsselbund des Systems aufbewahren.</translation>
    </message>
    <message>
        <source>The provider to sign in with (see the providers command); default: the profile&apos;s.</source>
        <translation>Der Anbieter für die Anmeldung (siehe den Befehl providers); Standard: der des Profils.</translation>
    </message>
    <message>
        <source>Sign in in the system browser (the default for remote providers).</source>
        <translation>Im Systembrowser anmelden (Standard bei entfernten Anbietern).</translation>
    </message>
    <message>
        <source>Read an API token from standard input and check it with the server.</source>
        <translation>Ein API-Token von der Standardeingabe lesen und mit dem Server prüfen.</translation>
    </message>
    <message>
        <source>Like --web, but only print the login URL on stdout (one line) and wait for the browser to come back.</source>
        <translation>Wie --web, aber nur die Anmelde-URL auf stdout ausgeben (eine Zeile) und auf die Rückkehr des Browsers warten.</translation>
    </message>
    <message>
        <source>Choose one of --web, --token-stdin and --print-url.</source>
        <translation>Wählen Sie nur eine der Optionen --web, --token-stdin und --print-url.</translation>
    </message>
    <message>
        <source>Choose a provider with --provider KEY.</source>
        <translation>Wählen Sie einen Anbieter mit --provider KEY.</translation>
    </message>
    <message>
        <source>List the server&apos;s providers with: meshery-auth-cli providers</source>
        <translation>Anbieter des Servers auflisten mit: meshery-auth-cli providers</translation>
    </message>
    <message>
        <source>The server %1 does not offer the provider &quot;%2&quot;.</source>
        <translation>Der Server %1 bietet den Anbieter „%2“ nicht an.</translation>
    </message>
    <message>
        <source>It offers: %1.</source>
        <translation>Angeboten werden: %1.</translation>
    </message>
    <message>
        <source>The %1 provider needs no token and no browser: selecting it.</source>
        <translation>Der Anbieter %1 benötigt weder Token noch Browser: Er wird ausgewählt.</translation>
    </message>
    <message>
        <source>No token arrived on standard input.</source>
        <translation>Auf der Standardeingabe ist kein Token angekommen.</translation>
    </message>
    <message>
        <source>Pipe it in, for example: meshery-auth-cli login --provider %1 --token-stdin &lt; token.txt</source>
        <translation>Übergeben Sie es per Pipe, zum Beispiel: meshery-auth-cli login --provider %1 --token-stdin &lt; token.txt</translation>
    </message>
    <message>
        <source>Login received; checking it with the server…</source>
        <translation>Anmeldung empfangen; sie wird mit dem Server geprüft…</translation>
    </message>
    <message>
        <source>Your browser was asked to open the login page of %1. If it did not, open this address:</source>
        <translation>Ihr Browser wurde aufgefordert, die Anmeldeseite von %1 zu öffnen. Falls das nicht geschehen ist, öffnen Sie diese Adresse:</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address in a browser on this computer:</source>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie diese Adresse in einem Browser auf diesem Computer:</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the login (up to %n minute(s); Ctrl+C cancels)…</source>
        <translation>
            <numerusform>Warten auf die Anmeldung (höchstens %n Minute; Strg+C bricht ab)…</numerusform>
            <numerusform>Warten auf die Anmeldung (höchstens %n Minuten; Strg+C bricht ab)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Using the %1 provider of %2 (no token needed), as %3.</source>
        <translation>Anbieter %1 von %2 wird verwendet (kein Token nötig), als %3.</translation>
    </message>
    <message>
        <source>Signed in to %1 with %2 as %3; the token is in the system keychain.</source>
        <translation>Bei %1 mit %2 als %3 angemeldet; das Token liegt im Schlüsselbund des Systems.</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::LogoutCommand</name>
    <message>
        <source>Log out at the server and remove the profile&apos;s tokens from the keychain.</source>
        <translation>Beim Server abmelden und die Tokens des Profils aus dem Schlüsselbund entfernen.</translation>
    </message>
    <message>
        <source>Not signed in: there is nothing to log out of.</source>
        <translation>Nicht angemeldet: Es gibt nichts abzumelden.</translation>
    </message>
    <message>
        <source>Logged out of %1 at the provider; its tokens were removed from the keychain.</source>
        <translation>Von %1 beim Anbieter abgemeldet; die zugehörigen Tokens wurden aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>The tokens of %1 were removed from the keychain.</source>
        <translation>Die Tokens von %1 wurden aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>The provider may still accept the token until it expires: the server could not end the session there (that needs the session of a browser login; a token from --token-stdin has none). Revoke it on the provider&apos;s API tokens page.</source>
        <translation>Der Anbieter akzeptiert das Token möglicherweise noch, bis es abläuft: Der Server konnte die Sitzung dort nicht beenden (dazu ist die Sitzung einer Browser-Anmeldung nötig; ein Token aus --token-stdin hat keine). Widerrufen Sie es auf der Seite für API-Tokens des Anbieters.</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::MesheryctlCommand</name>
    <message>
        <source>mesheryctl&apos;s config.yaml (default: ~/.meshery/config.yaml).</source>
        <translation>config.yaml von mesheryctl (Standard: ~/.meshery/config.yaml).</translation>
    </message>
    <message>
        <source>export: the mesheryctl context to write (default: the one for this server, else a new one named after it).</source>
        <translation>export: der zu schreibende mesheryctl-Kontext (Standard: der für diesen Server, sonst ein neuer, nach ihm benannter).</translation>
    </message>
    <message>
        <source>export: overwrite a token file that holds a different token.</source>
        <translation>export: eine Token-Datei überschreiben, die ein anderes Token enthält.</translation>
    </message>
    <message>
        <source>Import mesheryctl&apos;s contexts and tokens, or export the profile&apos;s token to mesheryctl.</source>
        <translation>Kontexte und Tokens von mesheryctl importieren oder das Token des Profils nach mesheryctl exportieren.</translation>
    </message>
    <message>
        <source>import: every mesheryctl context becomes a profile, its token goes into the keychain; export: the profile&apos;s token becomes mesheryctl&apos;s auth.json and current context.</source>
        <translation>import: Jeder mesheryctl-Kontext wird zu einem Profil, sein Token kommt in den Schlüsselbund; export: Das Token des Profils wird zur auth.json und zum aktuellen Kontext von mesheryctl.</translation>
    </message>
    <message>
        <source>--context and --replace are options of &quot;mesheryctl export&quot;.</source>
        <translation>--context und --replace sind Optionen von „mesheryctl export“.</translation>
    </message>
    <message>
        <source>Unknown action of &quot;mesheryctl&quot;; use import or export.</source>
        <translation>Unbekannte Aktion von „mesheryctl“; verwenden Sie import oder export.</translation>
    </message>
    <message>
        <source>See meshery-auth-cli mesheryctl --help.</source>
        <translation>Siehe meshery-auth-cli mesheryctl --help.</translation>
    </message>
    <message>
        <source>token stored</source>
        <translation>Token gespeichert</translation>
    </message>
    <message>
        <source>signed in, Local provider (no token needed)</source>
        <translation>angemeldet, lokaler Anbieter (kein Token nötig)</translation>
    </message>
    <message>
        <source>imported, no token (logged out)</source>
        <translation>importiert, kein Token (abgemeldet)</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>%1 has no contexts to import.</source>
        <translation>%1 enthält keine Kontexte zum Importieren.</translation>
    </message>
    <message>
        <source>CONTEXT</source>
        <translation>KONTEXT</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>Error: some contexts could not be imported (see above).</source>
        <translation>Fehler: Einige Kontexte konnten nicht importiert werden (siehe oben).</translation>
    </message>
    <message>
        <source>Run the export again with --replace to overwrite it.</source>
        <translation>Führen Sie den Export erneut mit --replace aus, um die Datei zu überschreiben.</translation>
    </message>
    <message>
        <source>Exported %1 to the mesheryctl context %2 (current now) in %3; token file: %4.</source>
        <translation>%1 wurde in den mesheryctl-Kontext %2 (jetzt aktuell) in %3 exportiert; Token-Datei: %4.</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::OrgsCommand</name>
    <message>
        <source>List your organizations (id, name), or choose the active one with &quot;orgs use ID&quot;.</source>
        <translation>Ihre Organisationen auflisten (ID, Name) oder mit „orgs use ID“ die aktive auswählen.</translation>
    </message>
    <message>
        <source>Make the organization with this id the active one.</source>
        <translation>Die Organisation mit dieser ID zur aktiven machen.</translation>
    </message>
    <message>
        <source>Unknown subcommand of &quot;orgs&quot;; the only one is &quot;use ID&quot;.</source>
        <translation>Unbekannter Unterbefehl von „orgs“; der einzige ist „use ID“.</translation>
    </message>
    <message>
        <source>See meshery-auth-cli orgs --help.</source>
        <translation>Siehe meshery-auth-cli orgs --help.</translation>
    </message>
    <message>
        <source>Sign in with a provider that offers organizations, such as Meshery Cloud.</source>
        <translation>Melden Sie sich mit einem Anbieter an, der Organisationen anbietet, etwa Meshery Cloud.</translation>
    </message>
    <message>
        <source>The server listed more than %1 organizations; none are shown.</source>
        <translation>Der Server hat mehr als %1 Organisationen aufgelistet; es werden keine angezeigt.</translation>
    </message>
    <message>
        <source>No real account has that many: check the server address, or ask its administrator.</source>
        <translation>Kein echtes Konto hat so viele: Prüfen Sie die Serveradresse, oder fragen Sie den Administrator des Servers.</translation>
    </message>
    <message>
        <source>You belong to no organization.</source>
        <translation>Sie gehören keiner Organisation an.</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>You belong to no organization with the id &quot;%1&quot; on %2.</source>
        <translation>Sie gehören auf %2 keiner Organisation mit der ID „%1“ an.</translation>
    </message>
    <message>
        <source>List your organizations with: meshery-auth-cli orgs</source>
        <translation>Ihre Organisationen auflisten mit: meshery-auth-cli orgs</translation>
    </message>
    <message>
        <source>The active organization of %1 is now %2 (%3).</source>
        <translation>Die aktive Organisation von %1 ist jetzt %2 (%3).</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::Output</name>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::ProfilesCommand</name>
    <message>
        <source>List, add, remove or choose the current server profile.</source>
        <translation>Serverprofile auflisten, hinzufügen, entfernen oder das aktuelle auswählen.</translation>
    </message>
    <message>
        <source>trust: the SHA-256 fingerprint you were given for the server&apos;s certificate, instead of typing it.</source>
        <translation>trust: der SHA-256-Fingerabdruck, den Sie für das Zertifikat des Servers erhalten haben, statt ihn einzutippen.</translation>
    </message>
    <message>
        <source>add NAME URL: save a new profile; remove NAME: forget a profile and delete its tokens; use NAME: make a profile current; trust NAME: show the certificate the server presents and trust it once you confirm its fingerprint; untrust NAME SHA256: forget a trusted certificate. Without one: list the profiles.</source>
        <translation>add NAME URL: ein neues Profil speichern; remove NAME: ein Profil vergessen und seine Tokens löschen; use NAME: ein Profil zum aktuellen machen; trust NAME: das vom Server vorgelegte Zertifikat anzeigen und ihm vertrauen, sobald Sie seinen Fingerabdruck bestätigen; untrust NAME SHA256: ein vertrauenswürdiges Zertifikat vergessen. Ohne Unterbefehl: die Profile auflisten.</translation>
    </message>
    <message>
        <source>--allow-http, --ca-file, --client-cert, --client-key and --client-key-passphrase-stdin belong to &quot;profiles add&quot;.</source>
        <translation>--allow-http, --ca-file, --client-cert, --client-key und --client-key-passphrase-stdin gehören zu „profiles add“.</translation>
    </message>
    <message>
        <source>--fingerprint belongs to &quot;profiles trust&quot;.</source>
        <translation>--fingerprint gehört zu „profiles trust“.</translation>
    </message>
    <message>
        <source>Two different fingerprints were given; give one.</source>
        <translation>Es wurden zwei verschiedene Fingerabdrücke angegeben; geben Sie nur einen an.</translation>
    </message>
    <message>
        <source>Unknown subcommand of &quot;profiles&quot;; use add, remove, use, trust or untrust.</source>
        <translation>Unbekannter Unterbefehl von „profiles“; verwenden Sie add, remove, use, trust oder untrust.</translation>
    </message>
    <message>
        <source>See meshery-auth-cli profiles --help.</source>
        <translation>Siehe meshery-auth-cli profiles --help.</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with: meshery-auth-cli profiles add NAME URL</source>
        <translation>Noch keine Profile. Fügen Sie eines hinzu mit: meshery-auth-cli profiles add NAME URL</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>CURRENT</source>
        <translation>AKTUELL</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>ANBIETER</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>List the profiles with: meshery-auth-cli profiles</source>
        <translation>Profile auflisten mit: meshery-auth-cli profiles</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>Das Profil benötigt einen Namen.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Choose another name, or remove that one first.</source>
        <translation>Wählen Sie einen anderen Namen, oder entfernen Sie zuerst das vorhandene Profil.</translation>
    </message>
    <message>
        <source>--allow-http is not needed for %1: the token is encrypted or stays on this computer.</source>
        <translation>--allow-http wird für %1 nicht benötigt: Das Token wird verschlüsselt übertragen oder bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Added the profile %1 for %2.</source>
        <translation>Profil %1 für %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>It is now the current profile.</source>
        <translation>Es ist jetzt das aktuelle Profil.</translation>
    </message>
    <message>
        <source>The profile %1 was saved, but its key passphrase could not be stored.</source>
        <translation>Das Profil %1 wurde gespeichert, aber seine Schlüssel-Passphrase konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The key passphrase is in the system keychain.</source>
        <translation>Die Schlüssel-Passphrase liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>--fingerprint takes a SHA-256 fingerprint: 32 bytes in hex, colons optional.</source>
        <translation>--fingerprint erwartet einen SHA-256-Fingerabdruck: 32 Bytes hexadezimal, Doppelpunkte optional.</translation>
    </message>
    <message>
        <source>%1 is plain http: it has no certificate to trust.</source>
        <translation>%1 verwendet unverschlüsseltes http: Es gibt kein Zertifikat, dem vertraut werden könnte.</translation>
    </message>
    <message>
        <source>Add a profile with the server&apos;s https:// address.</source>
        <translation>Fügen Sie ein Profil mit der https://-Adresse des Servers hinzu.</translation>
    </message>
    <message>
        <source>The certificate of %1 is already trusted; nothing was pinned.</source>
        <translation>Dem Zertifikat von %1 wird bereits vertraut; es wurde nichts hinterlegt.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one your administrator gave you. To trust the certificate for %1, type its SHA-256 fingerprint and press Enter:</source>
        <translation>Vergleichen Sie diesen Fingerabdruck mit dem, den Sie von Ihrem Administrator erhalten haben. Um dem Zertifikat für %1 zu vertrauen, geben Sie seinen SHA-256-Fingerabdruck ein und drücken Sie die Eingabetaste:</translation>
    </message>
    <message>
        <source>The fingerprint does not match the certificate %1 presents: nothing was trusted.</source>
        <translation>Der Fingerabdruck passt nicht zu dem Zertifikat, das %1 vorlegt: Es wurde nichts als vertrauenswürdig übernommen.</translation>
    </message>
    <message>
        <source>Trust a certificate only when its fingerprint matches the one your administrator gave you.</source>
        <translation>Vertrauen Sie einem Zertifikat nur, wenn sein Fingerabdruck mit dem übereinstimmt, den Sie von Ihrem Administrator erhalten haben.</translation>
    </message>
    <message>
        <source>Trusted this certificate for %1.</source>
        <translation>Diesem Zertifikat wird für %1 jetzt vertraut.</translation>
    </message>
    <message>
        <source>Name the certificate by its SHA-256 fingerprint: 32 bytes in hex, colons optional.</source>
        <translation>Geben Sie das Zertifikat über seinen SHA-256-Fingerabdruck an: 32 Bytes hexadezimal, Doppelpunkte optional.</translation>
    </message>
    <message>
        <source>The profile&apos;s trusted fingerprints are listed by: meshery-auth-cli status</source>
        <translation>Die vertrauenswürdigen Fingerabdrücke des Profils zeigt: meshery-auth-cli status</translation>
    </message>
    <message>
        <source>The profile %1 does not trust a certificate with that fingerprint.</source>
        <translation>Das Profil %1 vertraut keinem Zertifikat mit diesem Fingerabdruck.</translation>
    </message>
    <message>
        <source>The profile %1 no longer trusts the certificate %2.</source>
        <translation>Das Profil %1 vertraut dem Zertifikat %2 nicht mehr.</translation>
    </message>
    <message>
        <source>Removed the profile %1 and its tokens.</source>
        <translation>Das Profil %1 und seine Tokens wurden entfernt.</translation>
    </message>
    <message>
        <source>Now using %1 (%2).</source>
        <translation>Jetzt wird %1 (%2) verwendet.</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::ProvidersCommand</name>
    <message>
        <source>List the server&apos;s providers: key, name, type (local/remote) and URL.</source>
        <translation>Die Anbieter des Servers auflisten: Schlüssel, Name, Typ (local/remote) und URL.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::StatusCommand</name>
    <message>
        <source>Show the server, provider, signed-in user, token state and expiry, and active organization.</source>
        <translation>Server, Anbieter, angemeldeten Benutzer, Token-Status und -Ablauf sowie die aktive Organisation anzeigen.</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <source>accepted by the server</source>
        <translation>vom Server akzeptiert</translation>
    </message>
    <message>
        <source>refused by the server: log in again</source>
        <translation>vom Server abgelehnt: Melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>could not be checked with the server</source>
        <translation>konnte nicht mit dem Server geprüft werden</translation>
    </message>
    <message>
        <source>none needed (Local provider)</source>
        <translation>keines nötig (lokaler Anbieter)</translation>
    </message>
    <message>
        <source>, expiry %1</source>
        <translation>, Ablauf %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::TokenCommand</name>
    <message>
        <source>raw (the token alone, the default), bearer (an Authorization header), cookie (a Cookie header), headers (both, one a line, for curl -H @-), curl (a curl command for /api/user that reads them so) or mesheryctl (an auth.json).</source>
        <translation>raw (nur das Token, Standard), bearer (ein Authorization-Header), cookie (ein Cookie-Header), headers (beide, einer pro Zeile, für curl -H @-), curl (ein curl-Befehl für /api/user, der sie so einliest) oder mesheryctl (eine auth.json).</translation>
    </message>
    <message>
        <source>Print the stored token, alone or in a ready-to-use form.</source>
        <translation>Das gespeicherte Token ausgeben, allein oder in einer gebrauchsfertigen Form.</translation>
    </message>
    <message>
        <source>Unknown token format; choose one of: %1.</source>
        <translation>Unbekanntes Token-Format; wählen Sie eines von: %1.</translation>
    </message>
    <message>
        <source>The token&apos;s expiry has passed, but the server still accepts it.</source>
        <translation>Das Ablaufdatum des Tokens ist überschritten, aber der Server akzeptiert es noch.</translation>
    </message>
    <message>
        <source>The stored token for %1 expired at %2, and the server did not renew it.</source>
        <translation>Das gespeicherte Token für %1 ist am %2 abgelaufen, und der Server hat es nicht erneuert.</translation>
    </message>
    <message>
        <source>The stored token for %1 expired at %2.</source>
        <translation>Das gespeicherte Token für %1 ist am %2 abgelaufen.</translation>
    </message>
    <message>
        <source>Log in again: meshery-auth-cli --server %1 login --provider %2</source>
        <translation>Melden Sie sich erneut an: meshery-auth-cli --server %1 login --provider %2</translation>
    </message>
    <message>
        <source>The %1 provider of %2 uses no token.</source>
        <translation>Der Anbieter %1 von %2 verwendet kein Token.</translation>
    </message>
    <message>
        <source>Log in with a remote provider to get one: meshery-auth-cli login --provider KEY</source>
        <translation>Melden Sie sich mit einem entfernten Anbieter an, um eines zu erhalten: meshery-auth-cli login --provider KEY</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::TokenInput</name>
    <message>
        <source>More than %1 KiB arrived on standard input: that is not a token or passphrase.</source>
        <translation>Auf der Standardeingabe sind mehr als %1 KiB angekommen: Das ist weder ein Token noch eine Passphrase.</translation>
    </message>
    <message>
        <source>Paste the token and press Enter (it is not shown): </source>
        <translation>Fügen Sie das Token ein und drücken Sie die Eingabetaste (es wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>Type the client key&apos;s passphrase and press Enter (it is not shown): </source>
        <translation>Geben Sie die Passphrase des Client-Schlüssels ein und drücken Sie die Eingabetaste (sie wird nicht angezeigt): </translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::TrustOptions</name>
    <message>
        <source>add: accept that the token travels unencrypted to this plain-http server on another computer.</source>
        <translation>add: akzeptieren, dass das Token unverschlüsselt an diesen http-Server auf einem anderen Computer übertragen wird.</translation>
    </message>
    <message>
        <source>add: a PEM file of CA certificates to trust for this server only (an internal CA).</source>
        <translation>add: eine PEM-Datei mit CA-Zertifikaten, denen nur für diesen Server vertraut wird (eine interne CA).</translation>
    </message>
    <message>
        <source>add: the client certificate to present to this server (PEM, or PKCS#12 .p12/.pfx with its key inside).</source>
        <translation>add: das Client-Zertifikat, das diesem Server vorgelegt wird (PEM oder PKCS#12 .p12/.pfx mit enthaltenem Schlüssel).</translation>
    </message>
    <message>
        <source>add: the client certificate&apos;s private key (PEM).</source>
        <translation>add: der private Schlüssel des Client-Zertifikats (PEM).</translation>
    </message>
    <message>
        <source>add: read the client key&apos;s passphrase from standard input; it is kept in the system keychain.</source>
        <translation>add: die Passphrase des Client-Schlüssels von der Standardeingabe lesen; sie wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>--client-key and --client-key-passphrase-stdin need --client-cert.</source>
        <translation>--client-key und --client-key-passphrase-stdin erfordern --client-cert.</translation>
    </message>
    <message>
        <source>Certificates are used with https:// addresses only; %1 is plain http.</source>
        <translation>Zertifikate werden nur mit https://-Adressen verwendet; %1 verwendet unverschlüsseltes http.</translation>
    </message>
    <message>
        <source>No passphrase arrived on standard input.</source>
        <translation>Auf der Standardeingabe ist keine Passphrase angekommen.</translation>
    </message>
    <message>
        <source>Pipe it in, for example: meshery-auth-cli profiles add NAME URL --client-cert FILE --client-key-passphrase-stdin &lt; passphrase.txt</source>
        <translation>Übergeben Sie sie per Pipe, zum Beispiel: meshery-auth-cli profiles add NAME URL --client-cert FILE --client-key-passphrase-stdin &lt; passphrase.txt</translation>
    </message>
    <message>
        <source>Give its passphrase with --client-key-passphrase-stdin.</source>
        <translation>Geben Sie die Passphrase mit --client-key-passphrase-stdin an.</translation>
    </message>
    <message>
        <source>Nothing was saved. Check the file and try again.</source>
        <translation>Es wurde nichts gespeichert. Prüfen Sie die Datei und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::TrustReport</name>
    <message>
        <source>Warning: %1 is plain http: your token travels unencrypted (you confirmed this with --allow-http).</source>
        <translation>Warnung: %1 verwendet unverschlüsseltes http: Ihr Token wird unverschlüsselt übertragen (Sie haben dies mit --allow-http bestätigt).</translation>
    </message>
    <message>
        <source>Warning: %1 is plain http: your token would travel unencrypted, so none is sent until you confirm it (meshery-auth-cli profiles remove %2, then meshery-auth-cli profiles add %2 %1 --allow-http) or use the server&apos;s https:// address.</source>
        <translation>Warnung: %1 verwendet unverschlüsseltes http: Ihr Token würde unverschlüsselt übertragen, daher wird keines gesendet, bis Sie dies bestätigen (meshery-auth-cli profiles remove %2, dann meshery-auth-cli profiles add %2 %1 --allow-http) oder die https://-Adresse des Servers verwenden.</translation>
    </message>
    <message>
        <source>https (encrypted)</source>
        <translation>https (verschlüsselt)</translation>
    </message>
    <message>
        <source>plain http on this computer</source>
        <translation>unverschlüsseltes http auf diesem Computer</translation>
    </message>
    <message>
        <source>plain http to another computer: your token travels unencrypted (confirmed)</source>
        <translation>unverschlüsseltes http zu einem anderen Computer: Ihr Token wird unverschlüsselt übertragen (bestätigt)</translation>
    </message>
    <message>
        <source>plain http to another computer: no token is sent (not confirmed)</source>
        <translation>unverschlüsseltes http zu einem anderen Computer: Es wird kein Token gesendet (nicht bestätigt)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Pinned certificates</source>
        <translation>Fest hinterlegte Zertifikate</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>needed (kept in the system keychain)</source>
        <translation>erforderlich (im Schlüsselbund des Systems aufbewahrt)</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nicht erforderlich</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ConnectionTest</name>
    <message>
        <source>Server reachable</source>
        <translation>Server erreichbar</translation>
    </message>
    <message>
        <source>Providers listed</source>
        <translation>Anbieter aufgelistet</translation>
    </message>
    <message>
        <source>Provider selected</source>
        <translation>Anbieter ausgewählt</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Token not expired</source>
        <translation>Token nicht abgelaufen</translation>
    </message>
    <message>
        <source>Organizations readable</source>
        <translation>Organisationen lesbar</translation>
    </message>
    <message>
        <source>Workspaces of the active organization readable</source>
        <translation>Arbeitsbereiche der aktiven Organisation lesbar</translation>
    </message>
    <message>
        <source>GraphQL endpoint answers</source>
        <translation>GraphQL-Endpunkt antwortet</translation>
    </message>
    <message>
        <source>Meshery %1 (%2)</source>
        <translation>Meshery %1 (%2)</translation>
    </message>
    <message>
        <source>Version unknown (the server answered HTTP %1 when asked for it).</source>
        <translation>Version unbekannt (der Server hat auf die Versionsabfrage mit HTTP %1 geantwortet).</translation>
    </message>
    <message>
        <source>Version unknown: %1</source>
        <translation>Version unbekannt: %1</translation>
    </message>
    <message>
        <source>No provider is chosen for this server: pick one and log in.</source>
        <translation>Für diesen Server ist kein Anbieter gewählt: Wählen Sie einen aus und melden Sie sich an.</translation>
    </message>
    <message>
        <source>The server does not offer the provider &quot;%1&quot;; it offers: %2.</source>
        <translation>Der Server bietet den Anbieter „%1“ nicht an; angeboten werden: %2.</translation>
    </message>
    <message>
        <source>%1 (local)</source>
        <translation>%1 (lokal)</translation>
    </message>
    <message>
        <source>%1 (remote)</source>
        <translation>%1 (entfernt)</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s): %1</source>
        <translation>
            <numerusform>%n Anbieter: %1</numerusform>
            <numerusform>%n Anbieter: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>answers (%n namespace(s))</source>
        <translation>
            <numerusform>antwortet (%n Namespace)</numerusform>
            <numerusform>antwortet (%n Namespaces)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n Organisation</numerusform>
            <numerusform>%n Organisationen</numerusform>
        </translation>
    </message>
    <message>
        <source>No active organization: choose one under Organizations to check its workspaces.</source>
        <translation>Keine aktive Organisation: Wählen Sie unter „Organisationen“ eine aus, um ihre Arbeitsbereiche zu prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s)</source>
        <translation>
            <numerusform>%n Arbeitsbereich</numerusform>
            <numerusform>%n Arbeitsbereiche</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready; asking for its version…</source>
        <translation>Bereit; Version wird abgefragt…</translation>
    </message>
    <message>
        <source>Unknown: the providers could not be listed.</source>
        <translation>Unbekannt: Die Anbieter konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>%1 The server says: %2</source>
        <translation>%1 Meldung des Servers: %2</translation>
    </message>
    <message>
        <source>The Local provider uses no token.</source>
        <translation>Der lokale Anbieter verwendet kein Token.</translation>
    </message>
    <message>
        <source>No token is stored for this server: log in.</source>
        <translation>Für diesen Server ist kein Token gespeichert: Melden Sie sich an.</translation>
    </message>
    <message>
        <source>Expiry unknown (the token does not say); the server&apos;s answer decides.</source>
        <translation>Ablauf unbekannt (das Token enthält keine Angabe); die Antwort des Servers entscheidet.</translation>
    </message>
    <message>
        <source>Expired at %1, but it carries a refresh token: the server renews it.</source>
        <translation>Am %1 abgelaufen, enthält aber ein Refresh-Token: Der Server erneuert es.</translation>
    </message>
    <message>
        <source>Expired at %1.</source>
        <translation>Am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Gültig bis %1.</translation>
    </message>
    <message>
        <source>Connection test of %1 (provider %2), %3</source>
        <translation>Verbindungstest von %1 (Anbieter %2), %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ConnectionTestView</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>Some checks failed; see the details.</source>
        <translation>Einige Prüfungen sind fehlgeschlagen; siehe Details.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::DemoServer</name>
    <message>
        <source>The demo server could not be started: %1</source>
        <translation>Der Demo-Server konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The demo server stopped before it was ready (exit code %1): %2</source>
        <translation>Der Demo-Server wurde beendet, bevor er bereit war (Exit-Code %1): %2</translation>
    </message>
    <message>
        <source>The demo server is not installed (meshery-auth-demo-server was not found).</source>
        <translation>Der Demo-Server ist nicht installiert (meshery-auth-demo-server wurde nicht gefunden).</translation>
    </message>
    <message>
        <source>The demo server said something unexpected: %1</source>
        <translation>Der Demo-Server hat etwas Unerwartetes gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Log in again</source>
        <translation>Erneut anmelden</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::EmbeddedLoginDialog</name>
    <message>
        <source>Log in to Meshery with %1</source>
        <translation>Mit %1 bei Meshery anmelden</translation>
    </message>
    <message>
        <source>Provider login page</source>
        <translation>Anmeldeseite des Anbieters</translation>
    </message>
    <message numerus="yes">
        <source>No login arrived within %n minute(s). Try again, or log in with your system browser.</source>
        <translation>
            <numerusform>Innerhalb von %n Minute ist keine Anmeldung eingegangen. Versuchen Sie es erneut, oder melden Sie sich mit Ihrem Systembrowser an.</numerusform>
            <numerusform>Innerhalb von %n Minuten ist keine Anmeldung eingegangen. Versuchen Sie es erneut, oder melden Sie sich mit Ihrem Systembrowser an.</numerusform>
        </translation>
    </message>
    <message>
        <source> %1 (secure connection)</source>
        <translation> %1 (sichere Verbindung)</translation>
    </message>
    <message>
        <source>%1 (not encrypted)</source>
        <translation>%1 (nicht verschlüsselt)</translation>
    </message>
    <message>
        <source>The login ended at %1 without a token. Try again, or log in with your system browser.</source>
        <translation>Die Anmeldung endete bei %1 ohne Token. Versuchen Sie es erneut, oder melden Sie sich mit Ihrem Systembrowser an.</translation>
    </message>
    <message>
        <source>The page at %1 could not be loaded. Check that the server is running and reachable, then try again.</source>
        <translation>Die Seite unter %1 konnte nicht geladen werden. Prüfen Sie, ob der Server läuft und erreichbar ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2), so the page was not shown. Only this server&apos;s own certificate, pinned or issued by its CA file, is trusted here.

%3</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut (%2), daher wurde die Seite nicht angezeigt. Hier wird nur dem eigenen Zertifikat dieses Servers vertraut, wenn es fest hinterlegt oder von seiner CA-Datei ausgestellt ist.

%3</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::EmbeddedLoginJob</name>
    <message>
        <source>The embedded browser stopped answering.</source>
        <translation>Der eingebettete Browser antwortet nicht mehr.</translation>
    </message>
    <message>
        <source>The embedded browser did not start in time.</source>
        <translation>Der eingebettete Browser ist nicht rechtzeitig gestartet.</translation>
    </message>
    <message>
        <source>The embedded browser is not installed.</source>
        <translation>Der eingebettete Browser ist nicht installiert.</translation>
    </message>
    <message>
        <source>The embedded browser could not be started (%1).</source>
        <translation>Der eingebettete Browser konnte nicht gestartet werden (%1).</translation>
    </message>
    <message>
        <source>The embedded browser sent something unexpected.</source>
        <translation>Der eingebettete Browser hat etwas Unerwartetes gesendet.</translation>
    </message>
    <message>
        <source>The embedded browser installed (%1) is not the one of this Meshery Auth (%2); reinstall Meshery Auth.</source>
        <translation>Der installierte eingebettete Browser (%1) gehört nicht zu diesem Meshery Auth (%2); installieren Sie Meshery Auth neu.</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>unbekannte Version</translation>
    </message>
    <message>
        <source>The embedded browser stopped unexpectedly.</source>
        <translation>Der eingebettete Browser wurde unerwartet beendet.</translation>
    </message>
    <message>
        <source>The embedded browser quit before the login ended (exit code %1).</source>
        <translation>Der eingebettete Browser wurde beendet, bevor die Anmeldung abgeschlossen war (Exit-Code %1).</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::FirstRunView</name>
    <message>
        <source>Reads %1 and the token files it names: each context becomes a server here, with its sign-in.</source>
        <translation>Liest %1 und die darin genannten Token-Dateien: Jeder Kontext wird hier zu einem Server, mit seiner Anmeldung.</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::KeychainStore</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keyring is locked.</source>
        <translation>Der Schlüsselbund ist gesperrt.</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::LoginCallback</name>
    <message>
        <source>the session cookie of %1</source>
        <translation>%1, Sitzungscookie</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::LoginController</name>
    <message>
        <source>Choose a provider first.</source>
        <translation>Wählen Sie zuerst einen Anbieter.</translation>
    </message>
    <message>
        <source>Send your token unencrypted?</source>
        <translation>Token unverschlüsselt senden?</translation>
    </message>
    <message>
        <source>%1 is reached over plain http: your token travels unencrypted to %1, and anyone on the network between can read it and use your account.</source>
        <translation>%1 wird über unverschlüsseltes http erreicht: Ihr Token wird unverschlüsselt an %1 übertragen, und jeder im Netzwerk dazwischen kann es mitlesen und Ihr Konto verwenden.</translation>
    </message>
    <message>
        <source>Use an https:// address if the server offers one. Send the token anyway only on a network you trust; you are asked once for this server.</source>
        <translation>Verwenden Sie eine https://-Adresse, falls der Server eine anbietet. Senden Sie das Token trotzdem nur in einem Netzwerk, dem Sie vertrauen; Sie werden für diesen Server nur einmal gefragt.</translation>
    </message>
    <message>
        <source>&amp;Send my token unencrypted</source>
        <translation>Token &amp;unverschlüsselt senden</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Selecting the Local provider…</source>
        <translation>Lokaler Anbieter wird ausgewählt…</translation>
    </message>
    <message>
        <source>%1 signs visitors in anonymously; its own login page opens instead.</source>
        <translation>%1 meldet Besucher anonym an; stattdessen wird die eigene Anmeldeseite des Anbieters geöffnet.</translation>
    </message>
    <message>
        <source>Opening the login page of %1 (Esc cancels)…</source>
        <translation>Anmeldeseite von %1 wird geöffnet (Esc bricht ab)…</translation>
    </message>
    <message>
        <source>The built-in browser cannot present client certificates, and this server&apos;s profile uses one.</source>
        <translation>Der integrierte Browser kann keine Client-Zertifikate vorlegen, und das Profil dieses Servers verwendet eines.</translation>
    </message>
    <message>
        <source>Login cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>The embedded browser failed</source>
        <translation>Fehler im eingebetteten Browser</translation>
    </message>
    <message>
        <source>You can log in with your system browser instead.</source>
        <translation>Sie können sich stattdessen mit Ihrem Systembrowser anmelden.</translation>
    </message>
    <message>
        <source>Log in with &amp;system browser</source>
        <translation>Mit &amp;Systembrowser anmelden</translation>
    </message>
    <message>
        <source>Login received; checking it with the server…</source>
        <translation>Anmeldung empfangen; sie wird mit dem Server geprüft…</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Bei %1 als %2 angemeldet.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Abmeldung läuft…</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Von %1 abgemeldet.</translation>
    </message>
    <message>
        <source>Signed out at the provider; this server&apos;s tokens were removed from this computer.</source>
        <translation>Beim Anbieter abgemeldet; die Tokens dieses Servers wurden von diesem Computer entfernt.</translation>
    </message>
    <message>
        <source>The token was removed from this computer, but the provider may still accept it until it expires.</source>
        <translation>Das Token wurde von diesem Computer entfernt, aber der Anbieter akzeptiert es möglicherweise noch, bis es abläuft.</translation>
    </message>
    <message>
        <source>The server could not end the session at the provider: that needs the session of a browser login, and a pasted API token has none. Revoke the token on the provider&apos;s API tokens page%1.</source>
        <translation>Der Server konnte die Sitzung beim Anbieter nicht beenden: Dazu ist die Sitzung einer Browser-Anmeldung nötig, und ein eingefügtes API-Token hat keine. Widerrufen Sie das Token auf der Seite für API-Tokens des Anbieters%1.</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::LoopbackCallbackListener</name>
    <message>
        <source>Could not open a local port for the login callback: %1</source>
        <translation>Für den Anmelde-Rückruf konnte kein lokaler Port geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Anfrage zu groß</translation>
    </message>
    <message>
        <source>This page only accepts the login callback.</source>
        <translation>Diese Seite nimmt nur den Anmelde-Rückruf an.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Nothing is here.</source>
        <translation>Hier gibt es nichts.</translation>
    </message>
    <message>
        <source>Still waiting for the login</source>
        <translation>Es wird noch auf die Anmeldung gewartet</translation>
    </message>
    <message>
        <source>No token arrived at this address. Finish signing in on the provider&apos;s page.</source>
        <translation>An dieser Adresse ist kein Token eingegangen. Schließen Sie die Anmeldung auf der Seite des Anbieters ab.</translation>
    </message>
    <message>
        <source>Already signed in</source>
        <translation>Bereits angemeldet</translation>
    </message>
    <message>
        <source>Meshery Auth already received a login. You can close this window.</source>
        <translation>Meshery Auth hat bereits eine Anmeldung empfangen. Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>the login callback</source>
        <translation>Anmelde-Rückruf</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>The provider sent a token that Meshery Auth cannot use. Return to Meshery Auth for details.</source>
        <translation>Der Anbieter hat ein Token gesendet, das Meshery Auth nicht verwenden kann. Kehren Sie zu Meshery Auth zurück, um Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Meshery Auth received your login. You can close this window now.</source>
        <translation>Meshery Auth hat Ihre Anmeldung empfangen. Sie können dieses Fenster jetzt schließen.</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::MainWindow</name>
    <message>
        <source>The change could not be saved in the settings.</source>
        <translation>Die Änderung konnte nicht in den Einstellungen gespeichert werden.</translation>
    </message>
    <message>
        <source>Signing in failed.</source>
        <translation>Anmeldung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 copied; the clipboard is cleared in %2 s</source>
        <translation>%1 kopiert; die Zwischenablage wird in %2 s geleert</translation>
    </message>
    <message>
        <source>Log in in the &amp;embedded browser</source>
        <translation>Im &amp;eingebetteten Browser anmelden</translation>
    </message>
    <message>
        <source>Log in in my &amp;system browser</source>
        <translation>In meinem &amp;Systembrowser anmelden</translation>
    </message>
    <message>
        <source>Sign in with an &amp;API token…</source>
        <translation>Mit einem &amp;API-Token anmelden…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Starting at login could not be changed.</source>
        <translation>Der automatische Start bei der Anmeldung konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>(providers unavailable)</source>
        <translation>(Anbieter nicht verfügbar)</translation>
    </message>
    <message>
        <source>The server&apos;s providers could not be listed.</source>
        <translation>Die Anbieter des Servers konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Choose a provider…</source>
        <translation>Anbieter wählen…</translation>
    </message>
    <message>
        <source>Local (no sign-in)</source>
        <translation>Lokal (ohne Anmeldung)</translation>
    </message>
    <message>
        <source>%1 (remote)</source>
        <translation>%1 (entfernt)</translation>
    </message>
    <message>
        <source>Use &amp;Local</source>
        <translation>&amp;Lokal verwenden</translation>
    </message>
    <message>
        <source>&amp;Log in again</source>
        <translation>Erneut a&amp;nmelden</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>A&amp;nmelden</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1), so tokens cannot be kept safely. You can continue for this session only: tokens stay in memory and are forgotten on quit.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1), daher können Tokens nicht sicher aufbewahrt werden. Sie können nur für diese Sitzung fortfahren: Tokens bleiben im Arbeitsspeicher und werden beim Beenden verworfen.</translation>
    </message>
    <message>
        <source>Continue for this &amp;session only</source>
        <translation>Nur für diese Sitzun&amp;g fortfahren</translation>
    </message>
    <message>
        <source>Your session has expired or the token is invalid. The old token is kept until you log in again.</source>
        <translation>Ihre Sitzung ist abgelaufen oder das Token ist ungültig. Das alte Token bleibt erhalten, bis Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>Log in &amp;again</source>
        <translation>&amp;Erneut anmelden</translation>
    </message>
    <message>
        <source>No Meshery server answers at %1. Start Meshery there, pick another server, or try the built-in demo server.</source>
        <translation>Unter %1 antwortet kein Meshery-Server. Starten Sie Meshery dort, wählen Sie einen anderen Server, oder probieren Sie den integrierten Demo-Server aus.</translation>
    </message>
    <message>
        <source>Try the &amp;demo server</source>
        <translation>&amp;Demo-Server ausprobieren</translation>
    </message>
    <message>
        <source>Session-only mode: tokens are kept in memory and forgotten when you quit.</source>
        <translation>Nur-Sitzungs-Modus: Tokens werden im Arbeitsspeicher gehalten und beim Beenden verworfen.</translation>
    </message>
    <message>
        <source>Warning: Your token travels unencrypted to %1. You allowed this for this server; you can take it back in the server&apos;s settings (Servers, Edit).</source>
        <translation>Warnung: Ihr Token wird unverschlüsselt an %1 übertragen. Sie haben dies für diesen Server erlaubt; Sie können es in den Einstellungen des Servers widerrufen (Server verwalten, Server bearbeiten).</translation>
    </message>
    <message>
        <source>Warning: Your token travels unencrypted to %1. Use an https:// address if the server offers one; signing in here asks you first.</source>
        <translation>Warnung: Ihr Token wird unverschlüsselt an %1 übertragen. Verwenden Sie eine https://-Adresse, falls der Server eine anbietet; bei der Anmeldung hier werden Sie vorher gefragt.</translation>
    </message>
    <message>
        <source>The certificate could not be trusted.</source>
        <translation>Das Zertifikat konnte nicht als vertrauenswürdig gespeichert werden.</translation>
    </message>
    <message>
        <source>The certificate is trusted for %1.</source>
        <translation>Dem Zertifikat wird für %1 vertraut.</translation>
    </message>
    <message>
        <source>The certificate was rejected; nothing was sent to the server.</source>
        <translation>Das Zertifikat wurde abgelehnt; es wurde nichts an den Server gesendet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The answer could not be saved; it holds until you quit.</source>
        <translation>Die Antwort konnte nicht gespeichert werden; sie gilt bis zum Beenden.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Listing providers…</source>
        <translation>Anbieter werden abgefragt…</translation>
    </message>
    <message>
        <source>The server did not list providers.</source>
        <translation>Der Server hat keine Anbieter genannt.</translation>
    </message>
    <message>
        <source>Choose a provider first.</source>
        <translation>Wählen Sie zuerst einen Anbieter.</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::MesheryctlFiles</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is too large to be a mesheryctl file.</source>
        <translation>%1 ist zu groß für eine mesheryctl-Datei.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot set the permissions of %1: %2.</source>
        <translation>Die Berechtigungen von %1 können nicht gesetzt werden: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>this is not YAML mesheryctl can read (%1).</source>
        <translation>dies ist kein YAML, das mesheryctl lesen kann (%1).</translation>
    </message>
    <message>
        <source>an alias refers to a node that contains it, so the file has no end when read; it is not used.</source>
        <translation>ein Alias verweist auf einen Knoten, der ihn selbst enthält, daher hat die Datei beim Lesen kein Ende; sie wird nicht verwendet.</translation>
    </message>
    <message>
        <source>with its aliases expanded, the file holds more than %1 values, far more than any mesheryctl config.yaml; it is not used.</source>
        <translation>mit aufgelösten Aliasen enthält die Datei mehr als %1 Werte, weit mehr als jede config.yaml von mesheryctl; sie wird nicht verwendet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a single value, not a list or map.</source>
        <translation>„%1“ muss ein einzelner Wert sein, keine Liste und keine Zuordnung.</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no mesheryctl contexts.</source>
        <translation>%1 ist leer: Die Datei enthält keine mesheryctl-Kontexte.</translation>
    </message>
    <message>
        <source>expected mesheryctl&apos;s settings (contexts, current-context, tokens).</source>
        <translation>erwartet wurden Einstellungen von mesheryctl (contexts, current-context, tokens).</translation>
    </message>
    <message>
        <source>&quot;contexts&quot; must map names to contexts.</source>
        <translation>„contexts“ muss Namen auf Kontexte abbilden.</translation>
    </message>
    <message>
        <source>a context name must be a single value.</source>
        <translation>ein Kontextname muss ein einzelner Wert sein.</translation>
    </message>
    <message>
        <source>the context &quot;%1&quot; must be a map of settings.</source>
        <translation>der Kontext „%1“ muss eine Zuordnung von Einstellungen sein.</translation>
    </message>
    <message>
        <source>&quot;tokens&quot; must be a list of token entries.</source>
        <translation>„tokens“ muss eine Liste von Token-Einträgen sein.</translation>
    </message>
    <message>
        <source>a token entry must be a map with &quot;name&quot; and &quot;location&quot;.</source>
        <translation>ein Token-Eintrag muss eine Zuordnung mit „name“ und „location“ sein.</translation>
    </message>
    <message>
        <source>a token entry has no name.</source>
        <translation>ein Token-Eintrag hat keinen Namen.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation>%1 ist kein gültiges JSON: %2 bei Byte %3.</translation>
    </message>
    <message>
        <source>%1 is not a mesheryctl token file: it holds no JSON object.</source>
        <translation>%1 ist keine mesheryctl-Token-Datei: Sie enthält kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>%1 is not a mesheryctl token file: it has no &quot;%2&quot; field.</source>
        <translation>%1 ist keine mesheryctl-Token-Datei: Das Feld „%2“ fehlt.</translation>
    </message>
    <message>
        <source>%1 is not a mesheryctl token file: &quot;%2&quot; and &quot;%3&quot; must be text.</source>
        <translation>%1 ist keine mesheryctl-Token-Datei: „%2“ und „%3“ müssen Text sein.</translation>
    </message>
    <message>
        <source>The context &quot;%1&quot; names the token entry &quot;%2&quot;, which is not in the tokens of %3.</source>
        <translation>Der Kontext „%1“ nennt den Token-Eintrag „%2“, der nicht unter den Tokens von %3 steht.</translation>
    </message>
    <message>
        <source>The token entry &quot;%1&quot; in %2 has no location.</source>
        <translation>Der Token-Eintrag „%1“ in %2 hat keinen Speicherort.</translation>
    </message>
    <message>
        <source>The token of the context &quot;%1&quot; cannot be read: %2</source>
        <translation>Das Token des Kontexts „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The token entry &quot;%1&quot; (%2) is not used by any context.</source>
        <translation>Der Token-Eintrag „%1“ (%2) wird von keinem Kontext verwendet.</translation>
    </message>
    <message>
        <source>current-context names &quot;%1&quot;, which is not among the contexts.</source>
        <translation>current-context nennt „%1“, das nicht unter den Kontexten steht.</translation>
    </message>
    <message>
        <source>There is no token to write to %1.</source>
        <translation>Es gibt kein Token, das in %1 geschrieben werden könnte.</translation>
    </message>
    <message>
        <source>%1 already holds a different token.</source>
        <translation>%1 enthält bereits ein anderes Token.</translation>
    </message>
    <message>
        <source>%1 already exists and is not a token file this app can read (%2)</source>
        <translation>%1 existiert bereits und ist keine Token-Datei, die diese Anwendung lesen kann (%2)</translation>
    </message>
    <message>
        <source>Cannot make %1 private to you: its permissions cannot be changed.</source>
        <translation>Der Zugriff auf %1 kann nicht auf Sie allein beschränkt werden: Die Berechtigungen lassen sich nicht ändern.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a mesheryctl context name: use lower-case letters, digits, &quot;-&quot; and &quot;_&quot;.</source>
        <translation>„%1“ kann kein mesheryctl-Kontextname sein: Verwenden Sie Kleinbuchstaben, Ziffern, „-“ und „_“.</translation>
    </message>
    <message>
        <source>The token entry &quot;%1&quot; needs a location.</source>
        <translation>Der Token-Eintrag „%1“ benötigt einen Speicherort.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; it is not used.</source>
        <translation>%1 ist kein UTF-8-Text; die Datei wird nicht verwendet.</translation>
    </message>
    <message>
        <source>%1, line %2: the control character U+%3 cannot be in a YAML file; it is not used.</source>
        <translation>%1, Zeile %2: Das Steuerzeichen U+%3 darf in einer YAML-Datei nicht vorkommen; die Datei wird nicht verwendet.</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::MesheryctlSync</name>
    <message>
        <source>Context &quot;%1&quot;: %2</source>
        <translation>Kontext „%1“: %2</translation>
    </message>
    <message>
        <source>No token is stored for %1; log in first.</source>
        <translation>Für %1 ist kein Token gespeichert; melden Sie sich zuerst an.</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::OrganizationsView</name>
    <message>
        <source>Log in to see your organizations.</source>
        <translation>Melden Sie sich an, um Ihre Organisationen zu sehen.</translation>
    </message>
    <message>
        <source>Loading organizations…</source>
        <translation>Organisationen werden geladen…</translation>
    </message>
    <message>
        <source>The active organization</source>
        <translation>Die aktive Organisation</translation>
    </message>
    <message>
        <source>No organization matches the search.</source>
        <translation>Keine Organisation entspricht der Suche.</translation>
    </message>
    <message>
        <source>You belong to no organization.</source>
        <translation>Sie gehören keiner Organisation an.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 organizations; search to narrow the list.</source>
        <translation>%1 von %2 Organisationen werden angezeigt; suchen Sie, um die Liste einzugrenzen.</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s). Double-click one to make it active.</source>
        <translation>
            <numerusform>%n Organisation. Doppelklicken Sie darauf, um sie zu aktivieren.</numerusform>
            <numerusform>%n Organisationen. Doppelklicken Sie auf eine, um sie zu aktivieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>No active organization.</source>
        <translation>Keine aktive Organisation.</translation>
    </message>
    <message numerus="yes">
        <source>Active organization: %n workspace(s)</source>
        <translation>
            <numerusform>Aktive Organisation: %n Arbeitsbereich</numerusform>
            <numerusform>Aktive Organisation: %n Arbeitsbereiche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MesheryAuth::PasteTokenDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Checking the token with the server…</source>
        <translation>Das Token wird mit dem Server geprüft…</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ProfileDialog</name>
    <message>
        <source>Add a server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <source>Edit server</source>
        <translation>Server bearbeiten</translation>
    </message>
    <message>
        <source>The server was saved, but the key passphrase could not be stored: %1</source>
        <translation>Der Server wurde gespeichert, aber die Schlüssel-Passphrase konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ProfileSecurityPage</name>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CA file for this server</source>
        <translation>CA-Datei für diesen Server</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.p12 *.pfx);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>PEM-Schlüssel (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ProfileService</name>
    <message>
        <source>Demo (built-in test server)</source>
        <translation>Demo (integrierter Testserver)</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ProfileStore</name>
    <message>
        <source>The time limit must be between %1 and %2 seconds.</source>
        <translation>Das Zeitlimit muss zwischen %1 und %2 Sekunden liegen.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ProviderFeatures</name>
    <message>
        <source>Organizations come with remote providers such as Meshery Cloud; the Local provider has none.</source>
        <translation>Organisationen gibt es bei entfernten Anbietern wie Meshery Cloud; der lokale Anbieter hat keine.</translation>
    </message>
    <message>
        <source>Workspaces come with remote providers such as Meshery Cloud; the Local provider has none.</source>
        <translation>Arbeitsbereiche gibt es bei entfernten Anbietern wie Meshery Cloud; der lokale Anbieter hat keine.</translation>
    </message>
    <message>
        <source>The provider %1 does not offer organizations.</source>
        <translation>Der Anbieter %1 bietet keine Organisationen an.</translation>
    </message>
    <message>
        <source>The provider %1 does not offer workspaces.</source>
        <translation>Der Anbieter %1 bietet keine Arbeitsbereiche an.</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::SecretField</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ServerAddress</name>
    <message>
        <source>Enter the Meshery server&apos;s address, for example %1.</source>
        <translation>Geben Sie die Adresse des Meshery-Servers ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address.</source>
        <translation>„%1“ ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>Only http:// and https:// addresses are supported, not %1://.</source>
        <translation>Es werden nur http://- und https://-Adressen unterstützt, nicht %1://.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; names no host.</source>
        <translation>Die Adresse „%1“ enthält keinen Host.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address; sign in instead.</source>
        <translation>Lassen Sie Benutzername und Passwort in der Adresse weg; melden Sie sich stattdessen an.</translation>
    </message>
    <message>
        <source>The address must not contain &quot;?&quot; or &quot;#&quot; parts.</source>
        <translation>Die Adresse darf keine „?“- oder „#“-Teile enthalten.</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ServersMenu</name>
    <message>
        <source>&amp;Add server…</source>
        <translation>Server &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit server…</source>
        <translation>Server &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove server</source>
        <translation>Server ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Import from mesheryctl</source>
        <translation>Aus mesheryctl &amp;importieren</translation>
    </message>
    <message>
        <source>E&amp;xport to mesheryctl</source>
        <translation>Nach mesheryctl e&amp;xportieren</translation>
    </message>
    <message>
        <source>Try the &amp;demo server</source>
        <translation>&amp;Demo-Server ausprobieren</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>Server entfernen</translation>
    </message>
    <message>
        <source>Remove %1 and delete its tokens from the keychain?</source>
        <translation>%1 entfernen und seine Tokens aus dem Schlüsselbund löschen?</translation>
    </message>
    <message>
        <source>The server&apos;s tokens were removed, but the server could not be removed from the settings.</source>
        <translation>Die Tokens des Servers wurden entfernt, aber der Server konnte nicht aus den Einstellungen entfernt werden.</translation>
    </message>
    <message>
        <source>The server&apos;s tokens could not be removed; the server was kept.</source>
        <translation>Die Tokens des Servers konnten nicht entfernt werden; der Server wurde beibehalten.</translation>
    </message>
    <message>
        <source>Removed %1 and its tokens.</source>
        <translation>%1 und seine Tokens wurden entfernt.</translation>
    </message>
    <message>
        <source>Importing from mesheryctl…</source>
        <translation>Import aus mesheryctl läuft…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n context(s) from mesheryctl.</source>
        <translation>
            <numerusform>%n Kontext aus mesheryctl importiert.</numerusform>
            <numerusform>%n Kontexte aus mesheryctl importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>mesheryctl now uses this sign-in (context &quot;%1&quot;, %2).</source>
        <translation>mesheryctl verwendet jetzt diese Anmeldung (Kontext „%1“, %2).</translation>
    </message>
    <message>
        <source>Export to mesheryctl failed: %1</source>
        <translation>Export nach mesheryctl fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Replace mesheryctl&apos;s token?</source>
        <translation>Token von mesheryctl ersetzen?</translation>
    </message>
    <message>
        <source>%1 holds another token. Replace it with this server&apos;s?</source>
        <translation>%1 enthält ein anderes Token. Durch das Token dieses Servers ersetzen?</translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation>Demo-Server wird gestartet…</translation>
    </message>
    <message>
        <source>Demo server running at %1: sign in with any user name and the password &quot;%2&quot;.</source>
        <translation>Demo-Server läuft unter %1: Melden Sie sich mit einem beliebigen Benutzernamen und dem Passwort „%2“ an.</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::SettingsDialog</name>
    <message>
        <source>The embedded browser</source>
        <translation>Eingebetteter Browser</translation>
    </message>
    <message>
        <source>My system browser</source>
        <translation>Mein Systembrowser</translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>As the system is set</source>
        <translation>Wie im System eingestellt</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>after the number of days</comment>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MesheryAuth::SystemBrowserLogin</name>
    <message numerus="yes">
        <source>No login arrived within %n minute(s).</source>
        <translation>
            <numerusform>Innerhalb von %n Minute ist keine Anmeldung eingegangen.</numerusform>
            <numerusform>Innerhalb von %n Minuten ist keine Anmeldung eingegangen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; has no login page: choose a remote provider.</source>
        <translation>Der Anbieter „%1“ hat keine Anmeldeseite: Wählen Sie einen entfernten Anbieter.</translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; names a login page that is not a web address (%2), so it was not opened.</source>
        <translation>Der Anbieter „%1“ nennt eine Anmeldeseite, die keine Webadresse ist (%2), daher wurde sie nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::SystemBrowserLoginDialog</name>
    <message>
        <source>Log in to Meshery with %1</source>
        <translation>Mit %1 bei Meshery anmelden</translation>
    </message>
    <message>
        <source>Login received; checking it with the server…</source>
        <translation>Anmeldung empfangen; sie wird mit dem Server geprüft…</translation>
    </message>
    <message>
        <source>Link copied. Open it in a browser on this computer.</source>
        <translation>Link kopiert. Öffnen Sie ihn in einem Browser auf diesem Computer.</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the login link and open it in a browser on this computer.</source>
        <translation>Es konnte kein Browser geöffnet werden. Kopieren Sie den Anmeldelink und öffnen Sie ihn in einem Browser auf diesem Computer.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the login (up to %n minute(s))…</source>
        <translation>
            <numerusform>Warten auf die Anmeldung (höchstens %n Minute)…</numerusform>
            <numerusform>Warten auf die Anmeldung (höchstens %n Minuten)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::TlsCertificateInfo</name>
    <message>
        <source>Subject: %1
Issuer: %2
Valid from %3 until %4</source>
        <translation>Inhaber: %1
Aussteller: %2
Gültig von %3 bis %4</translation>
    </message>
    <message>
        <source>Valid for: %1</source>
        <translation>Gültig für: %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::TlsMaterial</name>
    <message>
        <source>The %1 &quot;%2&quot; cannot be read: %3.</source>
        <translation>Die Datei „%2“ (%1) kann nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a regular file.</source>
        <translation>„%2“ (%1) ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is larger than any certificate file (over %3 KiB).</source>
        <translation>Die Datei „%2“ (%1) ist größer als jede Zertifikatsdatei (über %3 KiB).</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is empty.</source>
        <translation>Die Datei „%2“ (%1) ist leer.</translation>
    </message>
    <message>
        <source>The client certificate &quot;%1&quot; expired on %2; ask for a new one.</source>
        <translation>Das Client-Zertifikat „%1“ ist am %2 abgelaufen; fordern Sie ein neues an.</translation>
    </message>
    <message>
        <source>The client certificate &quot;%1&quot; is valid only from %2.</source>
        <translation>Das Client-Zertifikat „%1“ ist erst ab %2 gültig.</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; holds no certificate (PEM expected).</source>
        <translation>Die CA-Datei „%1“ enthält kein Zertifikat (PEM erwartet).</translation>
    </message>
    <message>
        <source>The client key &quot;%1&quot; is protected by a passphrase, and none is stored for this server.</source>
        <translation>Der Client-Schlüssel „%1“ ist durch eine Passphrase geschützt, und für diesen Server ist keine gespeichert.</translation>
    </message>
    <message>
        <source>The client certificate bundle &quot;%1&quot; cannot be opened: the passphrase is wrong, or it is not a PKCS#12 file.</source>
        <translation>Das Client-Zertifikatspaket „%1“ kann nicht geöffnet werden: Die Passphrase ist falsch, oder es ist keine PKCS#12-Datei.</translation>
    </message>
    <message>
        <source>The client certificate &quot;%1&quot; holds no PEM certificate.</source>
        <translation>Das Client-Zertifikat „%1“ enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>The client key &quot;%1&quot; cannot be opened: the passphrase is wrong.</source>
        <translation>Der Client-Schlüssel „%1“ kann nicht geöffnet werden: Die Passphrase ist falsch.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; holds no private key in PEM form (RSA, EC or DSA).</source>
        <translation>Die Datei „%1“ enthält keinen privaten Schlüssel im PEM-Format (RSA, EC oder DSA).</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::TokenConfirmation</name>
    <message>
        <source>the sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>the server&apos;s /api/token answer</source>
        <translation>Antwort des Servers auf /api/token</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::TokenNotice</name>
    <message>
        <source>Meshery session expires soon</source>
        <translation>Meshery-Sitzung läuft bald ab</translation>
    </message>
    <message>
        <source>Meshery session expired</source>
        <translation>Meshery-Sitzung abgelaufen</translation>
    </message>
    <message>
        <source>Time for a new Meshery token</source>
        <translation>Zeit für ein neues Meshery-Token</translation>
    </message>
    <message numerus="yes">
        <source>Your session for %1 (%2) expires in %n minute(s), at %3.</source>
        <translation>
            <numerusform>Ihre Sitzung für %1 (%2) läuft in %n Minute ab, um %3.</numerusform>
            <numerusform>Ihre Sitzung für %1 (%2) läuft in %n Minuten ab, um %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your session for %1 (%2) has expired. Log in again to keep working.</source>
        <translation>Ihre Sitzung für %1 (%2) ist abgelaufen. Melden Sie sich erneut an, um weiterzuarbeiten.</translation>
    </message>
    <message numerus="yes">
        <source>Your token for %1 (%2) is %n day(s) old. Log in again to get a new one.</source>
        <translation>
            <numerusform>Ihr Token für %1 (%2) ist %n Tag alt. Melden Sie sich erneut an, um ein neues zu erhalten.</numerusform>
            <numerusform>Ihr Token für %1 (%2) ist %n Tage alt. Melden Sie sich erneut an, um ein neues zu erhalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MesheryAuth::TokenStatus</name>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Expiry unknown (opaque token)</source>
        <translation>Ablauf unbekannt (opakes Token)</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tagen</translation>
    </message>
    <message>
        <source>%1 %2 h</source>
        <translation>%1 %2 h</translation>
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
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>läuft in %1 ab</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>vor %1 abgelaufen</translation>
    </message>
    <message>
        <source>issued %1 ago</source>
        <translation>vor %1 ausgestellt</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::TokenValidator</name>
    <message>
        <source>The token is empty.</source>
        <translation>Das Token ist leer.</translation>
    </message>
    <message>
        <source>The token is longer than %1 KiB, far more than any Meshery token.</source>
        <translation>Das Token ist länger als %1 KiB, weit mehr als jedes Meshery-Token.</translation>
    </message>
    <message>
        <source>The token has a space or a line break at character %1.</source>
        <translation>Das Token enthält an Zeichen %1 ein Leerzeichen oder einen Zeilenumbruch.</translation>
    </message>
    <message>
        <source>The token has a character that no Meshery token has, at character %1.</source>
        <translation>Das Token enthält an Zeichen %1 ein Zeichen, das in keinem Meshery-Token vorkommt.</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (Quelle: %2)</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::TokenVault</name>
    <message>
        <source>The entry &quot;%1&quot; has an unreadable chunk count.</source>
        <translation>Der Eintrag „%1“ hat eine unlesbare Anzahl von Teilen.</translation>
    </message>
    <message>
        <source>Part %1 of %2 of the entry &quot;%3&quot; is missing from the keychain.</source>
        <translation>Teil %1 von %2 des Eintrags „%3“ fehlt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>the keychain entry &quot;%1&quot;</source>
        <translation>Schlüsselbund-Eintrag „%1“</translation>
    </message>
    <message>
        <source>the token to keep</source>
        <translation>zu speicherndes Token</translation>
    </message>
    <message>
        <source>the session cookie to keep</source>
        <translation>zu speicherndes Sitzungscookie</translation>
    </message>
    <message>
        <source>The parts of the entry &quot;%1&quot; do not belong together.</source>
        <translation>Die Teile des Eintrags „%1“ gehören nicht zusammen.</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Translations</name>
    <message>
        <source>English</source>
        <comment>The name of the language you translate into, in that language</comment>
        <translation>Deutsch</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::TrayIcon</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connection test of %1: every check passed.</source>
        <translation>Verbindungstest von %1: Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>Connection test of %1: some checks failed.</source>
        <translation>Verbindungstest von %1: Einige Prüfungen sind fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Connection test of %1: “%2” failed. %3</source>
        <translation>Verbindungstest von %1: „%2“ ist fehlgeschlagen. %3</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Verbindungstest</translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation>Token &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;as</source>
        <translation>Kopieren a&amp;ls</translation>
    </message>
    <message>
        <source>&amp;Server profile</source>
        <translation>&amp;Serverprofil</translation>
    </message>
    <message>
        <source>&amp;Open window</source>
        <translation>Fenster ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <source>&amp;Log in again</source>
        <translation>Erneut a&amp;nmelden</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>choose a provider in the window</source>
        <translation>Anbieter im Fenster wählen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>no server open</source>
        <translation>kein Server geöffnet</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::TrayStatus</name>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Signed in, expiring soon</source>
        <translation>Angemeldet, läuft bald ab</translation>
    </message>
    <message>
        <source>Session expired</source>
        <translation>Sitzung abgelaufen</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <source>Meshery Auth</source>
        <translation>Meshery Auth</translation>
    </message>
    <message>
        <source>Token expired at %1</source>
        <translation>Token abgelaufen um %1</translation>
    </message>
    <message>
        <source>Token expires at %1</source>
        <translation>Token läuft ab um %1</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ValueLabel</name>
    <message>
        <source>none</source>
        <translation>keine Angabe</translation>
    </message>
</context>
<context>
    <name>OrganizationsView</name>
    <message>
        <source>O&amp;rganizations</source>
        <translation>&amp;Organisationen</translation>
    </message>
    <message>
        <source>Search organizations</source>
        <translation>Organisationen durchsuchen</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>&amp;Use this organization</source>
        <translation>Als aktive Organisation &amp;festlegen</translation>
    </message>
    <message>
        <source>Make it the active organization for calls that need one</source>
        <translation>Zur aktiven Organisation für Aufrufe machen, die eine benötigen</translation>
    </message>
    <message>
        <source>Copy org &amp;ID</source>
        <translation>Organisations-&amp;ID kopieren</translation>
    </message>
</context>
<context>
    <name>PasteTokenDialog</name>
    <message>
        <source>Sign in with an API token</source>
        <translation>Mit einem API-Token anmelden</translation>
    </message>
    <message>
        <source>Paste a token made in your provider&apos;s web interface (for example Meshery Cloud &gt; Account &gt; API Tokens). It is checked with the server before it is kept in your keychain.</source>
        <translation>Fügen Sie ein Token ein, das in der Weboberfläche Ihres Anbieters erstellt wurde (zum Beispiel Meshery Cloud &gt; Account &gt; API Tokens). Es wird mit dem Server geprüft, bevor es in Ihrem Schlüsselbund gespeichert wird.</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>http://localhost:9081</source>
        <translation>http://localhost:9081</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Taken from the address when empty</source>
        <translation>Wird aus der Adresse übernommen, wenn leer</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>ProfileSecurityPage</name>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Sicherheit</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>The system&apos;s trusted CAs only</source>
        <translation>Nur die vertrauenswürdigen CAs des Systems</translation>
    </message>
    <message>
        <source>A PEM file of extra certificate authorities, trusted for this server only</source>
        <translation>Eine PEM-Datei mit zusätzlichen Zertifizierungsstellen, denen nur für diesen Server vertraut wird</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Browse for the CA file</source>
        <translation>Nach der CA-Datei suchen</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>Client-Z&amp;ertifikat:</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>PEM, or PKCS#12 (.p12, .pfx) with the key inside</source>
        <translation>PEM oder PKCS#12 (.p12, .pfx) mit enthaltenem Schlüssel</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durc&amp;hsuchen…</translation>
    </message>
    <message>
        <source>Browse for the client certificate</source>
        <translation>Nach dem Client-Zertifikat suchen</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Client-Sch&amp;lüssel:</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>None, or inside the PKCS#12 file</source>
        <translation>Keiner, oder in der PKCS#12-Datei enthalten</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Browse for the client key</source>
        <translation>Nach dem Client-Schlüssel suchen</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>Schlüssel-&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>Unchanged (kept in the keychain)</source>
        <translation>Unverändert (im Schlüsselbund aufbewahrt)</translation>
    </message>
    <message>
        <source>&amp;Forget it</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>Forget the stored key passphrase</source>
        <translation>Die gespeicherte Schlüssel-Passphrase vergessen</translation>
    </message>
    <message>
        <source>Tr&amp;usted certificates (SHA-256 fingerprints):</source>
        <translation>Ver&amp;trauenswürdige Zertifikate (SHA-256-Fingerabdrücke):</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Vertrauenswürdige Zertifikate</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the trusted certificate</source>
        <translation>Das vertrauenswürdige Zertifikat entfernen</translation>
    </message>
    <message>
        <source>Allow sending my token u&amp;nencrypted to this server (plain http)</source>
        <translation>Unverschlüsseltes Senden meines Tokens an diesen Server erlau&amp;ben (reines http)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Clear copied tokens after:</source>
        <translation>Kopierte Tokens &amp;löschen nach:</translation>
    </message>
    <message>
        <source>Clear copied tokens after, in seconds</source>
        <translation>Kopierte Tokens löschen nach (Sekunden)</translation>
    </message>
    <message>
        <source>How long a copied token stays on the clipboard</source>
        <translation>Wie lange ein kopiertes Token in der Zwischenablage bleibt</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Request timeout for new servers:</source>
        <translation>&amp;Zeitlimit für neue Server:</translation>
    </message>
    <message>
        <source>Request timeout for new servers, in seconds</source>
        <translation>Zeitlimit für neue Server (Sekunden)</translation>
    </message>
    <message>
        <source>Servers added from now on start with this timeout; each server keeps its own</source>
        <translation>Ab jetzt hinzugefügte Server beginnen mit diesem Zeitlimit; jeder Server behält sein eigenes</translation>
    </message>
    <message>
        <source>&amp;Log in button uses:</source>
        <translation>&amp;Browser für „Anmelden“:</translation>
    </message>
    <message>
        <source>Log in button uses</source>
        <translation>Browser für „Anmelden“</translation>
    </message>
    <message>
        <source>Start &amp;when I log in to the desktop</source>
        <translation>Beim Anmelden an der &amp;Arbeitsumgebung starten</translation>
    </message>
    <message>
        <source>Start &amp;minimised</source>
        <translation>&amp;Minimiert starten</translation>
    </message>
    <message>
        <source>&amp;Warn before a token expires:</source>
        <translation>&amp;Warnen, bevor ein Token abläuft:</translation>
    </message>
    <message>
        <source>Warn before a token expires, in minutes</source>
        <translation>Warnen, bevor ein Token abläuft, in Minuten</translation>
    </message>
    <message>
        <source>A desktop notice this long before the signed-in token expires</source>
        <translation>Eine Desktop-Benachrichtigung so lange, bevor das Token der Anmeldung abläuft</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Remind me to &amp;rotate tokens after:</source>
        <translation>An das E&amp;rneuern von Tokens erinnern nach:</translation>
    </message>
    <message>
        <source>Remind me to rotate tokens after, in days; 0 for never</source>
        <translation>An das Erneuern von Tokens erinnern nach, in Tagen; 0 für nie</translation>
    </message>
    <message>
        <source>A notice when a stored token is older than this; 0 turns the reminder off</source>
        <translation>Eine Benachrichtigung, wenn ein gespeichertes Token älter ist; 0 schaltet die Erinnerung aus</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>When I close the window</source>
        <translation>Beim Schließen des Fensters</translation>
    </message>
    <message>
        <source>Applies when the desktop has a system tray; without one, closing the window quits</source>
        <translation>Gilt, wenn die Arbeitsumgebung einen Infobereich hat; ohne ihn beendet das Schließen des Fensters die Anwendung</translation>
    </message>
    <message>
        <source>When I close the &amp;window:</source>
        <translation>Beim Schließen des &amp;Fensters:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Spra&amp;che:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language applies the next time the app starts</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start der Anwendung</translation>
    </message>
</context>
<context>
    <name>SystemBrowserLoginDialog</name>
    <message>
        <source>Log in with your browser</source>
        <translation>Mit Ihrem Browser anmelden</translation>
    </message>
    <message>
        <source>Finish signing in in your browser. This window closes by itself when the login arrives.</source>
        <translation>Schließen Sie die Anmeldung in Ihrem Browser ab. Dieses Fenster schließt sich von selbst, sobald die Anmeldung eingeht.</translation>
    </message>
    <message>
        <source>Login link</source>
        <translation>Anmeldelink</translation>
    </message>
    <message>
        <source>&amp;Copy login link</source>
        <translation>Anmeldelink &amp;kopieren</translation>
    </message>
    <message>
        <source>For when no browser opened: paste the link into a browser on this computer</source>
        <translation>Falls sich kein Browser geöffnet hat: Fügen Sie den Link in einen Browser auf diesem Computer ein</translation>
    </message>
    <message>
        <source>Waiting for the login</source>
        <translation>Warten auf die Anmeldung</translation>
    </message>
    <message>
        <source>&amp;Open browser again</source>
        <translation>Browser &amp;erneut öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sign in to Meshery and manage your tokens.</source>
        <translation>Bei Meshery anmelden und Ihre Tokens verwalten.</translation>
    </message>
    <message>
        <source>Meshery server address to open.</source>
        <translation>Zu öffnende Meshery-Serveradresse.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Start the built-in demo server and open it.</source>
        <translation>Den integrierten Demo-Server starten und öffnen.</translation>
    </message>
</context>
</TS>
