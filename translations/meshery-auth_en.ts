<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MesheryAuth::AccountView</name>
    <message numerus="yes">
        <source>— older than %n day(s): consider making a new token.</source>
        <translation>
            <numerusform>— older than %n day: consider making a new token.</numerusform>
            <numerusform>— older than %n days: consider making a new token.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::LoginCommand</name>
    <message numerus="yes">
        <source>Waiting for the login (up to %n minute(s); Ctrl+C cancels)…</source>
        <translation>
            <numerusform>Waiting for the login (up to %n minute; Ctrl+C cancels)…</numerusform>
            <numerusform>Waiting for the login (up to %n minutes; Ctrl+C cancels)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ConnectionTest</name>
    <message numerus="yes">
        <source>%n provider(s): %1</source>
        <translation>
            <numerusform>%n provider: %1</numerusform>
            <numerusform>%n providers: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organization</numerusform>
            <numerusform>%n organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s)</source>
        <translation>
            <numerusform>%n workspace</numerusform>
            <numerusform>%n workspaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>answers (%n namespace(s))</source>
        <translation>
            <numerusform>answers (%n namespace)</numerusform>
            <numerusform>answers (%n namespaces)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MesheryAuth::EmbeddedLoginDialog</name>
    <message numerus="yes">
        <source>No login arrived within %n minute(s). Try again, or log in with your system browser.</source>
        <translation>
            <numerusform>No login arrived within %n minute. Try again, or log in with your system browser.</numerusform>
            <numerusform>No login arrived within %n minutes. Try again, or log in with your system browser.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MesheryAuth::KeychainStore</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>The keychain did not answer within %n second.</numerusform>
            <numerusform>The keychain did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MesheryAuth::OrganizationsView</name>
    <message numerus="yes">
        <source>%n organization(s). Double-click one to make it active.</source>
        <translation>
            <numerusform>%n organization. Double-click one to make it active.</numerusform>
            <numerusform>%n organizations. Double-click one to make it active.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active organization: %n workspace(s)</source>
        <translation>
            <numerusform>Active organization: %n workspace</numerusform>
            <numerusform>Active organization: %n workspaces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ServersMenu</name>
    <message numerus="yes">
        <source>Imported %n context(s) from mesheryctl.</source>
        <translation>
            <numerusform>Imported %n context from mesheryctl.</numerusform>
            <numerusform>Imported %n contexts from mesheryctl.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MesheryAuth::SettingsDialog</name>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>after the number of days</comment>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MesheryAuth::SystemBrowserLogin</name>
    <message numerus="yes">
        <source>No login arrived within %n minute(s).</source>
        <translation>
            <numerusform>No login arrived within %n minute.</numerusform>
            <numerusform>No login arrived within %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MesheryAuth::SystemBrowserLoginDialog</name>
    <message numerus="yes">
        <source>Waiting for the login (up to %n minute(s))…</source>
        <translation>
            <numerusform>Waiting for the login (up to %n minute)…</numerusform>
            <numerusform>Waiting for the login (up to %n minutes)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MesheryAuth::TokenNotice</name>
    <message numerus="yes">
        <source>Your session for %1 (%2) expires in %n minute(s), at %3.</source>
        <translation>
            <numerusform>Your session for %1 (%2) expires in %n minute, at %3.</numerusform>
            <numerusform>Your session for %1 (%2) expires in %n minutes, at %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your token for %1 (%2) is %n day(s) old. Log in again to get a new one.</source>
        <translation>
            <numerusform>Your token for %1 (%2) is %n day old. Log in again to get a new one.</numerusform>
            <numerusform>Your token for %1 (%2) is %n days old. Log in again to get a new one.</numerusform>
        </translation>
    </message>
</context>
</TS>
