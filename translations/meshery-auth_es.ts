<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountView</name>
    <message>
        <source>A&amp;ccount</source>
        <translation>C&amp;uenta</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Sesión iniciada como:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Proveedor:</translation>
    </message>
    <message>
        <source>Token status:</source>
        <translation>Estado del token:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Caduca:</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>Emitido:</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Show the token in clear text</source>
        <translation>Mostrar el token en texto claro</translation>
    </message>
    <message>
        <source>Cop&amp;y token</source>
        <translation>Copi&amp;ar token</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Copiar token</translation>
    </message>
    <message>
        <source>Copy the token; the arrow offers headers, a curl line and mesheryctl&apos;s auth.json</source>
        <translation>Copiar el token; la flecha ofrece cabeceras, una línea de curl y el auth.json de mesheryctl</translation>
    </message>
    <message>
        <source>Other ways to copy the token</source>
        <translation>Otras formas de copiar el token</translation>
    </message>
    <message>
        <source>Copy as a header, a curl line or mesheryctl&apos;s auth.json (Alt+Down)</source>
        <translation>Copiar como cabecera, como línea de curl o como auth.json de mesheryctl (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Re&amp;fresh now</source>
        <translation>Renovar a&amp;hora</translation>
    </message>
    <message>
        <source>Refresh the token now</source>
        <translation>Renovar el token ahora</translation>
    </message>
    <message>
        <source>Ask the server to renew the token with its refresh token</source>
        <translation>Pedir al servidor que renueve el token con su token de renovación</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificado no fiable</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Cuál es el problema</translation>
    </message>
    <message>
        <source>Issued &amp;to:</source>
        <translation>Emitido p&amp;ara:</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Emitido para</translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation>Emitido p&amp;or:</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emitido por</translation>
    </message>
    <message>
        <source>&amp;Valid:</source>
        <translation>&amp;Validez:</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validez</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>&amp;Nombres:</translation>
    </message>
    <message>
        <source>Names the certificate is valid for</source>
        <translation>Nombres para los que el certificado es válido</translation>
    </message>
    <message>
        <source>SHA-256 &amp;fingerprint:</source>
        <translation>&amp;Huella digital SHA-256:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Huella digital SHA-256</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint your administrator gave you</source>
        <translation>Compárela con la huella digital que le dio su administrador</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate for this server</source>
        <translation>&amp;Confiar en este certificado para este servidor</translation>
    </message>
</context>
<context>
    <name>CloseQuestion</name>
    <message>
        <source>Close the window</source>
        <translation>Cerrar la ventana</translation>
    </message>
    <message>
        <source>Keep Meshery Auth running in the system tray when the window is closed, or quit? Your answer is remembered; you can change it in Settings.</source>
        <translation>¿Mantener Meshery Auth en ejecución en la bandeja del sistema al cerrar la ventana, o salir? Su respuesta se recuerda; puede cambiarla en Preferencias.</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray</source>
        <translation>Seguir en la &amp;bandeja</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ConnectionTestView</name>
    <message>
        <source>Co&amp;nnection test</source>
        <translation>Prueba de cone&amp;xión</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Pro&amp;bar la conexión</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Run every check against the server</source>
        <translation>Ejecutar todas las comprobaciones contra el servidor</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Copiar como cu&amp;rl</translation>
    </message>
    <message>
        <source>The selected check as a curl line; meshery-auth-cli hands it the token on its standard input</source>
        <translation>La comprobación seleccionada como línea de curl; meshery-auth-cli le pasa el token por su entrada estándar</translation>
    </message>
    <message>
        <source>Copy r&amp;eport</source>
        <translation>Copiar inform&amp;e</translation>
    </message>
    <message>
        <source>The whole run as text, without secrets</source>
        <translation>Toda la ejecución como texto, sin secretos</translation>
    </message>
    <message>
        <source>Connection test results</source>
        <translation>Resultados de la prueba de conexión</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>ID de solicitud</translation>
    </message>
</context>
<context>
    <name>EmbeddedLoginDialog</name>
    <message>
        <source>Log in to Meshery</source>
        <translation>Iniciar sesión en Meshery</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Page loading</source>
        <translation>Carga de la página</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Open in &amp;system browser instead</source>
        <translation>Abrir en el navegador del &amp;sistema</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>FirstRunView</name>
    <message>
        <source>Get started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>No Meshery server is set up yet. Choose one of these ways to start.</source>
        <translation>Aún no hay ningún servidor Meshery configurado. Elija una de estas formas de empezar.</translation>
    </message>
    <message>
        <source>Your Meshery server</source>
        <translation>Su servidor Meshery</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>Meshery server address</source>
        <translation>Dirección del servidor Meshery</translation>
    </message>
    <message>
        <source>For example http://localhost:9081 or https://meshery.example.com</source>
        <translation>Por ejemplo, http://localhost:9081 o https://meshery.example.com</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Problema con la dirección</translation>
    </message>
    <message>
        <source>Sign-ins you have in mesheryctl</source>
        <translation>Sus sesiones en mesheryctl</translation>
    </message>
    <message>
        <source>&amp;Import from mesheryctl</source>
        <translation>&amp;Importar de mesheryctl</translation>
    </message>
    <message>
        <source>No server at hand</source>
        <translation>Sin servidor a mano</translation>
    </message>
    <message>
        <source>Starts a Meshery-compatible demo server on this computer, to try every way of signing in.</source>
        <translation>Inicia en este equipo un servidor de demostración compatible con Meshery, para probar todas las formas de iniciar sesión.</translation>
    </message>
    <message>
        <source>Try the &amp;demo server</source>
        <translation>Probar el servidor de de&amp;mostración</translation>
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
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>The Meshery server to work with</source>
        <translation>El servidor de Meshery con el que trabajar</translation>
    </message>
    <message>
        <source>Ser&amp;vers…</source>
        <translation>Ser&amp;vidores…</translation>
    </message>
    <message>
        <source>Add, edit or remove servers; import from or export to mesheryctl</source>
        <translation>Añadir, editar o eliminar servidores; importar de mesheryctl o exportar a mesheryctl</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>How you sign in to this server (F5 asks the server again)</source>
        <translation>Cómo inicia sesión en este servidor (F5 vuelve a preguntar al servidor)</translation>
    </message>
    <message>
        <source>Loading providers</source>
        <translation>Cargando proveedores</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in with the chosen provider</source>
        <translation>Iniciar sesión con el proveedor elegido</translation>
    </message>
    <message>
        <source>Other ways to log in</source>
        <translation>Otras formas de iniciar sesión</translation>
    </message>
    <message>
        <source>Log in in your system browser, or with an API token (Alt+Down)</source>
        <translation>Iniciar sesión en el navegador del sistema o con un token de API (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out and remove this server&apos;s tokens from the keychain</source>
        <translation>Cerrar sesión y eliminar del llavero los tokens de este servidor</translation>
    </message>
    <message>
        <source>Connection warning</source>
        <translation>Advertencia de conexión</translation>
    </message>
    <message>
        <source>Log in &amp;again</source>
        <translation>Iniciar sesión de &amp;nuevo</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::AccountView</name>
    <message>
        <source>Copy as &amp;Authorization header</source>
        <translation>Copiar como cabecera &amp;Authorization</translation>
    </message>
    <message>
        <source>Authorization header</source>
        <translation>cabecera Authorization</translation>
    </message>
    <message>
        <source>Copy as C&amp;ookie header</source>
        <translation>Copiar como cabecera C&amp;ookie</translation>
    </message>
    <message>
        <source>Cookie header</source>
        <translation>cabecera Cookie</translation>
    </message>
    <message>
        <source>Copy as &amp;curl command</source>
        <translation>Copiar como orden &amp;curl</translation>
    </message>
    <message>
        <source>Copy as &amp;mesheryctl auth.json</source>
        <translation>Copiar como auth.json de &amp;mesheryctl</translation>
    </message>
    <message>
        <source>auth.json</source>
        <translation>auth.json</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>The server did not renew the token: %1</source>
        <translation>El servidor no renovó el token: %1</translation>
    </message>
    <message>
        <source>The server renewed the token.</source>
        <translation>El servidor renovó el token.</translation>
    </message>
    <message>
        <source>The server still accepts the token as it is; nothing to renew.</source>
        <translation>El servidor sigue aceptando el token tal como está; no hay nada que renovar.</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <source>Refused by the server: log in again</source>
        <translation>Rechazado por el servidor: inicie sesión de nuevo</translation>
    </message>
    <message>
        <source>No token needed (Local provider)</source>
        <translation>No se necesita token (proveedor Local)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unknown: the token does not say</source>
        <translation>Se desconoce: el token no lo indica</translation>
    </message>
    <message numerus="yes">
        <source>— older than %n day(s): consider making a new token.</source>
        <translation>
            <numerusform>— tiene más de %n día: considere crear un token nuevo.</numerusform>
            <numerusform>— tiene más de %n días: considere crear un token nuevo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ApiClient</name>
    <message>
        <source>refused to send the token to %1</source>
        <translation>se denegó el envío del token a %1</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ApiError</name>
    <message>
        <source>The request succeeded.</source>
        <translation>La solicitud se completó correctamente.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>The Meshery server cannot be reached: nothing answered at that address.</source>
        <translation>No se puede contactar con el servidor de Meshery: nada respondió en esa dirección.</translation>
    </message>
    <message>
        <source>The server&apos;s host name could not be found.</source>
        <translation>No se encontró el nombre de host del servidor.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering.</source>
        <translation>El servidor cerró la conexión sin responder.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the secure connection was refused.</source>
        <translation>El certificado del servidor no es de confianza, por lo que se rechazó la conexión segura.</translation>
    </message>
    <message>
        <source>Your session has expired or the token is invalid.</source>
        <translation>Su sesión ha caducado o el token no es válido.</translation>
    </message>
    <message>
        <source>You are signed in, but not allowed to do this.</source>
        <translation>Ha iniciado sesión, pero no tiene permiso para hacer esto.</translation>
    </message>
    <message>
        <source>This request needs an organization, and none is selected.</source>
        <translation>Esta solicitud necesita una organización y no hay ninguna seleccionada.</translation>
    </message>
    <message>
        <source>The server does not know this address.</source>
        <translation>El servidor no conoce esta dirección.</translation>
    </message>
    <message>
        <source>The server rejected the request.</source>
        <translation>El servidor rechazó la solicitud.</translation>
    </message>
    <message>
        <source>The Meshery server or its provider is temporarily unavailable.</source>
        <translation>El servidor de Meshery o su proveedor no están disponibles temporalmente.</translation>
    </message>
    <message>
        <source>The Meshery server ran into an error.</source>
        <translation>El servidor de Meshery encontró un error.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood.</source>
        <translation>No se pudo entender la respuesta del servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large and was not read.</source>
        <translation>La respuesta del servidor era demasiado grande y no se leyó.</translation>
    </message>
    <message>
        <source>The connection to the server failed.</source>
        <translation>Falló la conexión con el servidor.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the token cannot be kept safely.</source>
        <translation>El llavero del sistema no está disponible, por lo que el token no se puede guardar de forma segura.</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access.</source>
        <translation>El llavero del sistema está bloqueado o denegó el acceso.</translation>
    </message>
    <message>
        <source>The token stored in the keychain is incomplete.</source>
        <translation>El token guardado en el llavero está incompleto.</translation>
    </message>
    <message>
        <source>This is not a valid Meshery token, so it was neither sent nor kept.</source>
        <translation>No es un token de Meshery válido, por lo que ni se envió ni se guardó.</translation>
    </message>
    <message>
        <source>The provider did not return your organizations.</source>
        <translation>El proveedor no devolvió sus organizaciones.</translation>
    </message>
    <message>
        <source>The provider did not return your workspaces.</source>
        <translation>El proveedor no devolvió sus espacios de trabajo.</translation>
    </message>
    <message>
        <source>This is not a usable Meshery server address.</source>
        <translation>No es una dirección de servidor de Meshery utilizable.</translation>
    </message>
    <message>
        <source>A value of this server&apos;s settings is out of range.</source>
        <translation>Un valor de la configuración de este servidor está fuera de rango.</translation>
    </message>
    <message>
        <source>The settings file could not be written: the change lasts only until the app quits.</source>
        <translation>No se pudo escribir el archivo de configuración: el cambio solo dura hasta que se cierre la aplicación.</translation>
    </message>
    <message>
        <source>You are not signed in to this server: no token is stored for it.</source>
        <translation>No ha iniciado sesión en este servidor: no hay ningún token guardado para él.</translation>
    </message>
    <message>
        <source>mesheryctl&apos;s configuration could not be used.</source>
        <translation>No se pudo usar la configuración de mesheryctl.</translation>
    </message>
    <message>
        <source>mesheryctl&apos;s files could not be written.</source>
        <translation>No se pudieron escribir los archivos de mesheryctl.</translation>
    </message>
    <message>
        <source>mesheryctl&apos;s token file holds another token.</source>
        <translation>El archivo de token de mesheryctl contiene otro token.</translation>
    </message>
    <message>
        <source>Warning: the server&apos;s certificate has changed since you trusted it. Someone may be intercepting the connection, so nothing was sent.</source>
        <translation>Advertencia: el certificado del servidor ha cambiado desde que confió en él. Puede que alguien esté interceptando la conexión, por lo que no se envió nada.</translation>
    </message>
    <message>
        <source>This server is reached over plain http: your token would travel unencrypted, so it was not sent.</source>
        <translation>A este servidor se accede por http simple: su token viajaría sin cifrar, por lo que no se envió.</translation>
    </message>
    <message>
        <source>The certificate settings of this server cannot be used, so nothing was sent.</source>
        <translation>No se puede usar la configuración de certificados de este servidor, por lo que no se envió nada.</translation>
    </message>
    <message>
        <source>The server refused the secure connection: it did not accept a client certificate from this computer.</source>
        <translation>El servidor rechazó la conexión segura: no aceptó un certificado de cliente de este equipo.</translation>
    </message>
    <message>
        <source>Check that Meshery is running and that the server address and port are right (the default is http://localhost:9081).</source>
        <translation>Compruebe que Meshery está en ejecución y que la dirección y el puerto del servidor son correctos (el predeterminado es http://localhost:9081).</translation>
    </message>
    <message>
        <source>Check the spelling of the server address and your network or VPN connection.</source>
        <translation>Compruebe la ortografía de la dirección del servidor y su conexión de red o VPN.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check the server&apos;s logs or any proxy in between.</source>
        <translation>Inténtelo de nuevo; si sigue ocurriendo, revise los registros del servidor o cualquier proxy intermedio.</translation>
    </message>
    <message>
        <source>Try again, or raise the time limit in the server&apos;s settings if the server is slow.</source>
        <translation>Inténtelo de nuevo o, si el servidor es lento, aumente el tiempo de espera en la configuración del servidor.</translation>
    </message>
    <message>
        <source>Compare the certificate&apos;s fingerprint with the one your administrator gave you; trust it only if they match.</source>
        <translation>Compare la huella digital del certificado con la que le dio su administrador; confíe en él solo si coinciden.</translation>
    </message>
    <message>
        <source>Log in again.</source>
        <translation>Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Ask an administrator of your organization for access, or pick another organization.</source>
        <translation>Pida acceso a un administrador de su organización o elija otra organización.</translation>
    </message>
    <message>
        <source>Choose an organization in the Organizations list and try again.</source>
        <translation>Elija una organización en la lista Organizaciones e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Check the server address; this Meshery version may not offer this feature.</source>
        <translation>Compruebe la dirección del servidor; puede que esta versión de Meshery no ofrezca esta función.</translation>
    </message>
    <message>
        <source>Check the values you entered; the server&apos;s message below says more.</source>
        <translation>Compruebe los valores que introdujo; el mensaje del servidor que aparece abajo da más detalles.</translation>
    </message>
    <message>
        <source>Wait a minute and try again; if it persists, check that the server can reach its remote provider.</source>
        <translation>Espere un minuto e inténtelo de nuevo; si persiste, compruebe que el servidor puede contactar con su proveedor remoto.</translation>
    </message>
    <message>
        <source>Try again later; if it persists, quote the request id to your Meshery administrator.</source>
        <translation>Inténtelo de nuevo más tarde; si persiste, indique el ID de solicitud a su administrador de Meshery.</translation>
    </message>
    <message>
        <source>Check that the address points at a Meshery server and not at another web site or a proxy&apos;s page.</source>
        <translation>Compruebe que la dirección apunta a un servidor de Meshery y no a otro sitio web o a la página de un proxy.</translation>
    </message>
    <message>
        <source>Check that the address points at a Meshery server; narrow the request (for example with a search) if it does.</source>
        <translation>Compruebe que la dirección apunta a un servidor de Meshery; si es así, acote la solicitud (por ejemplo, con una búsqueda).</translation>
    </message>
    <message>
        <source>Check your network connection and try again.</source>
        <translation>Compruebe su conexión de red e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (for example GNOME Keyring or KWallet) and try again, or continue for this session only: the token is then kept in memory and forgotten on quit.</source>
        <translation>Inicie el anillo de claves de su escritorio (por ejemplo, GNOME Keyring o KWallet) e inténtelo de nuevo, o continúe solo durante esta sesión: el token se guarda entonces en memoria y se olvida al salir.</translation>
    </message>
    <message>
        <source>Unlock your keyring and allow Meshery Auth to use it, then try again.</source>
        <translation>Desbloquee su anillo de claves y permita que Meshery Auth lo use; después, inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Log in again to store a complete token.</source>
        <translation>Inicie sesión de nuevo para guardar un token completo.</translation>
    </message>
    <message>
        <source>Copy the token again from where it was made, without spaces, quotes or line breaks, or log in again.</source>
        <translation>Vuelva a copiar el token desde donde se creó, sin espacios, comillas ni saltos de línea, o inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>The server passed on the provider&apos;s refusal, with its reason when it gave one. Log in again, or ask your provider&apos;s administrator whether your account may see organizations.</source>
        <translation>El servidor transmitió el rechazo del proveedor, con su motivo cuando lo indicó. Inicie sesión de nuevo o pregunte al administrador de su proveedor si su cuenta puede ver organizaciones.</translation>
    </message>
    <message>
        <source>The server passed on the provider&apos;s refusal, with its reason when it gave one. Log in again, or ask your provider&apos;s administrator whether your account may see this organization&apos;s workspaces.</source>
        <translation>El servidor transmitió el rechazo del proveedor, con su motivo cuando lo indicó. Inicie sesión de nuevo o pregunte al administrador de su proveedor si su cuenta puede ver los espacios de trabajo de esta organización.</translation>
    </message>
    <message>
        <source>Enter an address such as %1: http or https, a host name and, when needed, a port.</source>
        <translation>Introduzca una dirección como %1: http o https, un nombre de host y, si es necesario, un puerto.</translation>
    </message>
    <message>
        <source>Correct the value as the message above says and save again.</source>
        <translation>Corrija el valor como indica el mensaje anterior y guarde de nuevo.</translation>
    </message>
    <message>
        <source>Check that the settings file and its folder exist, are yours and are writable, and that the disk is not full.</source>
        <translation>Compruebe que el archivo de configuración y su carpeta existen, le pertenecen y se pueden escribir, y que el disco no está lleno.</translation>
    </message>
    <message>
        <source>Log in.</source>
        <translation>Inicie sesión.</translation>
    </message>
    <message>
        <source>Fix or remove the file named above (mesheryctl&apos;s own commands can help), then try again.</source>
        <translation>Corrija o elimine el archivo indicado arriba (las propias órdenes de mesheryctl pueden ayudar) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Check that the file named above and its folder are yours and writable, then try again.</source>
        <translation>Compruebe que el archivo indicado arriba y su carpeta le pertenecen y se pueden escribir; después, inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Replace it only if mesheryctl no longer needs that sign-in.</source>
        <translation>Reemplácelo solo si mesheryctl ya no necesita ese inicio de sesión.</translation>
    </message>
    <message>
        <source>Ask your administrator whether the certificate was replaced. Trust the new one only if its fingerprint matches the one they give you.</source>
        <translation>Pregunte a su administrador si se reemplazó el certificado. Confíe en el nuevo solo si su huella digital coincide con la que le den.</translation>
    </message>
    <message>
        <source>Use the server&apos;s https:// address. If this network is private and you accept the risk, confirm plain http for this server (in the window, or: meshery-auth-cli profiles add NAME URL --allow-http).</source>
        <translation>Use la dirección https:// del servidor. Si esta red es privada y acepta el riesgo, confirme el uso de http simple para este servidor (en la ventana, o bien: meshery-auth-cli profiles add NAME URL --allow-http).</translation>
    </message>
    <message>
        <source>Fix the file or passphrase named above in the server&apos;s settings, then try again.</source>
        <translation>Corrija el archivo o la frase de contraseña indicados arriba en la configuración del servidor e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Check that this server&apos;s settings name the client certificate your administrator issued, and that it has not expired.</source>
        <translation>Compruebe que la configuración de este servidor indica el certificado de cliente que emitió su administrador y que no ha caducado.</translation>
    </message>
    <message>
        <source>Probable cause: %1</source>
        <translation>Causa probable: %1</translation>
    </message>
    <message>
        <source>Suggested remediation: %1</source>
        <translation>Solución sugerida: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>ID de solicitud: %1</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Autostart</name>
    <message>
        <source>%1 cannot be written.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::BrowserHelper</name>
    <message>
        <source>The CA file &quot;%1&quot; holds more certificates than the built-in browser takes (%2 KiB of PEM at most).</source>
        <translation>El archivo de CA «%1» contiene más certificados de los que admite el navegador integrado (%2 KiB de PEM como máximo).</translation>
    </message>
    <message>
        <source>the first message is not a login request</source>
        <translation>el primer mensaje no es una solicitud de inicio de sesión</translation>
    </message>
    <message>
        <source>the server address is not an http or https address</source>
        <translation>la dirección del servidor no es una dirección http o https</translation>
    </message>
    <message>
        <source>the provider&apos;s address is not an http or https address</source>
        <translation>la dirección del proveedor no es una dirección http o https</translation>
    </message>
    <message>
        <source>the provider&apos;s name is missing or too long</source>
        <translation>falta el nombre del proveedor o es demasiado largo</translation>
    </message>
    <message>
        <source>the time limit is not between a second and an hour</source>
        <translation>el tiempo de espera no está entre un segundo y una hora</translation>
    </message>
    <message>
        <source>the trusted certificates are not a short list</source>
        <translation>los certificados de confianza no son una lista corta</translation>
    </message>
    <message>
        <source>a trusted certificate is not a SHA-256 fingerprint</source>
        <translation>un certificado de confianza no es una huella digital SHA-256</translation>
    </message>
    <message>
        <source>the CA certificates are not PEM text</source>
        <translation>los certificados de CA no son texto PEM</translation>
    </message>
    <message>
        <source>the CA certificates are longer than %1 KiB</source>
        <translation>los certificados de CA ocupan más de %1 KiB</translation>
    </message>
    <message>
        <source>the CA certificates are not PEM certificates</source>
        <translation>los certificados de CA no son certificados PEM</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::CertificateDialog</name>
    <message>
        <source>The server&apos;s certificate has changed</source>
        <translation>El certificado del servidor ha cambiado</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server&apos;s certificate has changed.&lt;/b&gt; %1 no longer shows the certificate you trusted for it. This may be an attack: someone between you and the server may be trying to read your token. Trust the new certificate only if the server&apos;s administrator told you it was replaced.</source>
        <translation>&lt;b&gt;El certificado del servidor ha cambiado.&lt;/b&gt; %1 ya no presenta el certificado en el que confió para él. Puede tratarse de un ataque: alguien entre usted y el servidor podría estar intentando leer su token. Confíe en el nuevo certificado solo si el administrador del servidor le dijo que se había reemplazado.</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificado no fiable</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 shows a certificate this computer does not trust.&lt;/b&gt; Nothing was sent to it. Trust the certificate only if its fingerprint matches the one the server&apos;s administrator gave you.</source>
        <translation>&lt;b&gt;%1 presenta un certificado en el que este equipo no confía.&lt;/b&gt; No se le envió nada. Confíe en el certificado solo si su huella digital coincide con la que le dio el administrador del servidor.</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>desde %1 hasta %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>Con&amp;fiar</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::CliContext</name>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>No hay ningún perfil llamado «%1».</translation>
    </message>
    <message>
        <source>List the profiles with: meshery-auth-cli profiles</source>
        <translation>Liste los perfiles con: meshery-auth-cli profiles</translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation>--server: %1</translation>
    </message>
    <message>
        <source>No server is chosen and no profile is current.</source>
        <translation>No se ha elegido ningún servidor y no hay ningún perfil actual.</translation>
    </message>
    <message>
        <source>Log in with: meshery-auth-cli --server URL login --provider KEY</source>
        <translation>Inicie sesión con: meshery-auth-cli --server URL login --provider KEY</translation>
    </message>
    <message>
        <source>The server renewed the session, but the new token could not be stored: %1</source>
        <translation>El servidor renovó la sesión, pero no se pudo guardar el token nuevo: %1</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::CliError</name>
    <message>
        <source>See meshery-auth-cli --help.</source>
        <translation>Consulte meshery-auth-cli --help.</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::Command</name>
    <message>
        <source>See meshery-auth-cli %1 --help.</source>
        <translation>Consulte meshery-auth-cli %1 --help.</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; needs more arguments.</source>
        <translation>La orden «%1» necesita más argumentos.</translation>
    </message>
    <message>
        <source>Too many arguments for &quot;%1&quot;. Tokens are never taken as arguments: use login --token-stdin.</source>
        <translation>Demasiados argumentos para «%1». Los tokens nunca se aceptan como argumentos: use login --token-stdin.</translation>
    </message>
    <message>
        <source>You are not signed in to %1.</source>
        <translation>No ha iniciado sesión en %1.</translation>
    </message>
    <message>
        <source>Log in with: meshery-auth-cli --server %1 login --provider %2</source>
        <translation>Inicie sesión con: meshery-auth-cli --server %1 login --provider %2</translation>
    </message>
    <message>
        <source>Print one JSON document (see docs/cli.md).</source>
        <translation>Imprime un único documento JSON (consulte docs/cli.md).</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::CommandLine</name>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>Opción desconocida «%1».</translation>
    </message>
    <message>
        <source>Unknown option.</source>
        <translation>Opción desconocida.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>The Meshery server to use; a new address is saved as a profile when a login succeeds.</source>
        <translation>El servidor de Meshery que se usará; una dirección nueva se guarda como perfil cuando un inicio de sesión tiene éxito.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The saved profile to use, by name.</source>
        <translation>El perfil guardado que se usará, por nombre.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Time limit of each request, %1 to %2 seconds (default: the profile&apos;s, %3).</source>
        <translation>Tiempo de espera de cada solicitud, de %1 a %2 segundos (predeterminado: el del perfil, %3).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Tokens are never accepted as command-line arguments: they would stay in your shell history and show in process lists.</source>
        <translation>Los tokens nunca se aceptan como argumentos de la línea de órdenes: quedarían en el historial de su shell y aparecerían en las listas de procesos.</translation>
    </message>
    <message>
        <source>Pipe the token in instead: meshery-auth-cli login --provider KEY --token-stdin</source>
        <translation>En su lugar, pase el token por una tubería: meshery-auth-cli login --provider KEY --token-stdin</translation>
    </message>
    <message>
        <source>Meshery Auth from the terminal: sign in to Meshery servers and use their tokens.</source>
        <translation>Meshery Auth desde la terminal: inicia sesión en servidores de Meshery y usa sus tokens.</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>La orden que se ejecutará (véase abajo).</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Orden desconocida «%1».</translation>
    </message>
    <message>
        <source>Unknown command.</source>
        <translation>Orden desconocida.</translation>
    </message>
    <message>
        <source>See meshery-auth-cli %1 --help.</source>
        <translation>Consulte meshery-auth-cli %1 --help.</translation>
    </message>
    <message>
        <source>Use either --server or --profile, not both.</source>
        <translation>Use --server o --profile, pero no ambos.</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds from %1 to %2.</source>
        <translation>--timeout debe ser un número entero de segundos de %1 a %2.</translation>
    </message>
    <message>
        <source>%1 [--server URL | --profile NAME] [--timeout SECONDS] COMMAND [options]</source>
        <translation>%1 [--server URL | --profile NAME] [--timeout SECONDS] COMMAND [opciones]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>Ejecute «%1 COMMAND --help» para ver las opciones de una orden.</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Códigos de salida:</translation>
    </message>
    <message>
        <source>  0  success
  1  other failure
  2  usage error
  3  not signed in, session expired or credentials refused
  4  server unreachable, timeout or TLS error
  5  keychain unavailable
</source>
        <translation>  0  éxito
  1  otro fallo
  2  error de uso
  3  sesión no iniciada, sesión caducada o credenciales rechazadas
  4  servidor inaccesible, tiempo de espera agotado o error de TLS
  5  llavero no disponible
</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::ConnectionTestCommand</name>
    <message>
        <source>Run the staged connection checks: name, ok/fail, HTTP status, time and message of each.</source>
        <translation>Ejecuta las comprobaciones de conexión por etapas: nombre, ok/fail, estado HTTP, tiempo y mensaje de cada una.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation>COMPROBACIÓN</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RESULTADO</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIEMPO</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MENSAJE</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::LoginCommand</name>
    <message>
        <source>Sign in with a provider and keep the token in the system keychain.</source>
        <translation>Inicia sesión con un proveedor y guarda el token en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The provider to sign in with (see the providers command); default: the profile&apos;s.</source>
        <translation>El proveedor con el que iniciar sesión (véase la orden providers); predeterminado: el del perfil.</translation>
    </message>
    <message>
        <source>Sign in in the system browser (the default for remote providers).</source>
        <translation>Inicia sesión en el navegador del sistema (lo predeterminado para proveedores remotos).</translation>
    </message>
    <message>
        <source>Read an API token from standard input and check it with the server.</source>
        <translation>Lee un token de API de la entrada estándar y lo comprueba con el servidor.</translation>
    </message>
    <message>
        <source>Like --web, but only print the login URL on stdout (one line) and wait for the browser to come back.</source>
        <translation>Como --web, pero solo imprime la URL de inicio de sesión en stdout (una línea) y espera a que vuelva el navegador.</translation>
    </message>
    <message>
        <source>Choose one of --web, --token-stdin and --print-url.</source>
        <translation>Elija solo una opción entre --web, --token-stdin y --print-url.</translation>
    </message>
    <message>
        <source>Choose a provider with --provider KEY.</source>
        <translation>Elija un proveedor con --provider KEY.</translation>
    </message>
    <message>
        <source>List the server&apos;s providers with: meshery-auth-cli providers</source>
        <translation>Liste los proveedores del servidor con: meshery-auth-cli providers</translation>
    </message>
    <message>
        <source>The server %1 does not offer the provider &quot;%2&quot;.</source>
        <translation>El servidor %1 no ofrece el proveedor «%2».</translation>
    </message>
    <message>
        <source>It offers: %1.</source>
        <translation>Ofrece: %1.</translation>
    </message>
    <message>
        <source>The %1 provider needs no token and no browser: selecting it.</source>
        <translation>El proveedor %1 no necesita token ni navegador: se selecciona.</translation>
    </message>
    <message>
        <source>No token arrived on standard input.</source>
        <translation>No llegó ningún token por la entrada estándar.</translation>
    </message>
    <message>
        <source>Pipe it in, for example: meshery-auth-cli login --provider %1 --token-stdin &lt; token.txt</source>
        <translation>Páselo por una tubería, por ejemplo: meshery-auth-cli login --provider %1 --token-stdin &lt; token.txt</translation>
    </message>
    <message>
        <source>Login received; checking it with the server…</source>
        <translation>Inicio de sesión recibido; comprobándolo con el servidor…</translation>
    </message>
    <message>
        <source>Your browser was asked to open the login page of %1. If it did not, open this address:</source>
        <translation>Se pidió a su navegador que abriera la página de inicio de sesión de %1. Si no lo hizo, abra esta dirección:</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address in a browser on this computer:</source>
        <translation>No se pudo abrir ningún navegador. Abra esta dirección en un navegador de este equipo:</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the login (up to %n minute(s); Ctrl+C cancels)…</source>
        <translation>
            <numerusform>Esperando el inicio de sesión (hasta %n minuto; Ctrl+C cancela)…</numerusform>
            <numerusform>Esperando el inicio de sesión (hasta %n minutos; Ctrl+C cancela)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Using the %1 provider of %2 (no token needed), as %3.</source>
        <translation>Usando el proveedor %1 de %2 (no se necesita token), como %3.</translation>
    </message>
    <message>
        <source>Signed in to %1 with %2 as %3; the token is in the system keychain.</source>
        <translation>Sesión iniciada en %1 con %2 como %3; el token está en el llavero del sistema.</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::LogoutCommand</name>
    <message>
        <source>Log out at the server and remove the profile&apos;s tokens from the keychain.</source>
        <translation>Cierra la sesión en el servidor y elimina del llavero los tokens del perfil.</translation>
    </message>
    <message>
        <source>Not signed in: there is nothing to log out of.</source>
        <translation>No hay ninguna sesión iniciada: no hay nada que cerrar.</translation>
    </message>
    <message>
        <source>Logged out of %1 at the provider; its tokens were removed from the keychain.</source>
        <translation>Sesión de %1 cerrada en el proveedor; sus tokens se eliminaron del llavero.</translation>
    </message>
    <message>
        <source>The tokens of %1 were removed from the keychain.</source>
        <translation>Los tokens de %1 se eliminaron del llavero.</translation>
    </message>
    <message>
        <source>The provider may still accept the token until it expires: the server could not end the session there (that needs the session of a browser login; a token from --token-stdin has none). Revoke it on the provider&apos;s API tokens page.</source>
        <translation>Puede que el proveedor siga aceptando el token hasta que caduque: el servidor no pudo cerrar allí la sesión (eso requiere la sesión de un inicio de sesión en el navegador; un token de --token-stdin no tiene ninguna). Revoque el token en la página de tokens de API del proveedor.</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::MesheryctlCommand</name>
    <message>
        <source>mesheryctl&apos;s config.yaml (default: ~/.meshery/config.yaml).</source>
        <translation>config.yaml de mesheryctl (predeterminado: ~/.meshery/config.yaml).</translation>
    </message>
    <message>
        <source>export: the mesheryctl context to write (default: the one for this server, else a new one named after it).</source>
        <translation>export: el contexto de mesheryctl que se escribirá (predeterminado: el de este servidor o, si no existe, uno nuevo con su nombre).</translation>
    </message>
    <message>
        <source>export: overwrite a token file that holds a different token.</source>
        <translation>export: sobrescribe un archivo de token que contiene un token diferente.</translation>
    </message>
    <message>
        <source>Import mesheryctl&apos;s contexts and tokens, or export the profile&apos;s token to mesheryctl.</source>
        <translation>Importa los contextos y tokens de mesheryctl, o exporta a mesheryctl el token del perfil.</translation>
    </message>
    <message>
        <source>import: every mesheryctl context becomes a profile, its token goes into the keychain; export: the profile&apos;s token becomes mesheryctl&apos;s auth.json and current context.</source>
        <translation>import: cada contexto de mesheryctl se convierte en un perfil y su token va al llavero; export: el token del perfil pasa a ser el auth.json de mesheryctl, y el perfil, su contexto actual.</translation>
    </message>
    <message>
        <source>--context and --replace are options of &quot;mesheryctl export&quot;.</source>
        <translation>--context y --replace son opciones de «mesheryctl export».</translation>
    </message>
    <message>
        <source>Unknown action of &quot;mesheryctl&quot;; use import or export.</source>
        <translation>Acción desconocida de «mesheryctl»; use import o export.</translation>
    </message>
    <message>
        <source>See meshery-auth-cli mesheryctl --help.</source>
        <translation>Consulte meshery-auth-cli mesheryctl --help.</translation>
    </message>
    <message>
        <source>token stored</source>
        <translation>token guardado</translation>
    </message>
    <message>
        <source>signed in, Local provider (no token needed)</source>
        <translation>sesión iniciada, proveedor Local (no se necesita token)</translation>
    </message>
    <message>
        <source>imported, no token (logged out)</source>
        <translation>importado, sin token (sesión cerrada)</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>%1 has no contexts to import.</source>
        <translation>%1 no tiene contextos que importar.</translation>
    </message>
    <message>
        <source>CONTEXT</source>
        <translation>CONTEXTO</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PERFIL</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RESULTADO</translation>
    </message>
    <message>
        <source>Error: some contexts could not be imported (see above).</source>
        <translation>Error: no se pudieron importar algunos contextos (véase arriba).</translation>
    </message>
    <message>
        <source>Run the export again with --replace to overwrite it.</source>
        <translation>Ejecute de nuevo la exportación con --replace para sobrescribirlo.</translation>
    </message>
    <message>
        <source>Exported %1 to the mesheryctl context %2 (current now) in %3; token file: %4.</source>
        <translation>Se exportó %1 al contexto de mesheryctl %2 (ahora el actual) en %3; archivo de token: %4.</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::OrgsCommand</name>
    <message>
        <source>List your organizations (id, name), or choose the active one with &quot;orgs use ID&quot;.</source>
        <translation>Lista sus organizaciones (ID, nombre) o elige la activa con «orgs use ID».</translation>
    </message>
    <message>
        <source>Make the organization with this id the active one.</source>
        <translation>Hace activa la organización con este ID.</translation>
    </message>
    <message>
        <source>Unknown subcommand of &quot;orgs&quot;; the only one is &quot;use ID&quot;.</source>
        <translation>Suborden desconocida de «orgs»; la única es «use ID».</translation>
    </message>
    <message>
        <source>See meshery-auth-cli orgs --help.</source>
        <translation>Consulte meshery-auth-cli orgs --help.</translation>
    </message>
    <message>
        <source>Sign in with a provider that offers organizations, such as Meshery Cloud.</source>
        <translation>Inicie sesión con un proveedor que ofrezca organizaciones, como Meshery Cloud.</translation>
    </message>
    <message>
        <source>The server listed more than %1 organizations; none are shown.</source>
        <translation>El servidor listó más de %1 organizaciones; no se muestra ninguna.</translation>
    </message>
    <message>
        <source>No real account has that many: check the server address, or ask its administrator.</source>
        <translation>Ninguna cuenta real tiene tantas: compruebe la dirección del servidor o consulte a su administrador.</translation>
    </message>
    <message>
        <source>You belong to no organization.</source>
        <translation>No pertenece a ninguna organización.</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ACTIVA</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>You belong to no organization with the id &quot;%1&quot; on %2.</source>
        <translation>No pertenece a ninguna organización con el ID «%1» en %2.</translation>
    </message>
    <message>
        <source>List your organizations with: meshery-auth-cli orgs</source>
        <translation>Liste sus organizaciones con: meshery-auth-cli orgs</translation>
    </message>
    <message>
        <source>The active organization of %1 is now %2 (%3).</source>
        <translation>La organización activa de %1 es ahora %2 (%3).</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::Output</name>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::ProfilesCommand</name>
    <message>
        <source>List, add, remove or choose the current server profile.</source>
        <translation>Lista, añade o elimina perfiles de servidor, o elige el actual.</translation>
    </message>
    <message>
        <source>trust: the SHA-256 fingerprint you were given for the server&apos;s certificate, instead of typing it.</source>
        <translation>trust: la huella digital SHA-256 que le dieron para el certificado del servidor, en lugar de escribirla.</translation>
    </message>
    <message>
        <source>add NAME URL: save a new profile; remove NAME: forget a profile and delete its tokens; use NAME: make a profile current; trust NAME: show the certificate the server presents and trust it once you confirm its fingerprint; untrust NAME SHA256: forget a trusted certificate. Without one: list the profiles.</source>
        <translation>add NAME URL: guarda un perfil nuevo; remove NAME: olvida un perfil y borra sus tokens; use NAME: hace actual un perfil; trust NAME: muestra el certificado que presenta el servidor y confía en él una vez que confirme su huella digital; untrust NAME SHA256: olvida un certificado de confianza. Sin ninguna: lista los perfiles.</translation>
    </message>
    <message>
        <source>--allow-http, --ca-file, --client-cert, --client-key and --client-key-passphrase-stdin belong to &quot;profiles add&quot;.</source>
        <translation>--allow-http, --ca-file, --client-cert, --client-key y --client-key-passphrase-stdin pertenecen a «profiles add».</translation>
    </message>
    <message>
        <source>--fingerprint belongs to &quot;profiles trust&quot;.</source>
        <translation>--fingerprint pertenece a «profiles trust».</translation>
    </message>
    <message>
        <source>Two different fingerprints were given; give one.</source>
        <translation>Se dieron dos huellas digitales diferentes; indique solo una.</translation>
    </message>
    <message>
        <source>Unknown subcommand of &quot;profiles&quot;; use add, remove, use, trust or untrust.</source>
        <translation>Suborden desconocida de «profiles»; use add, remove, use, trust o untrust.</translation>
    </message>
    <message>
        <source>See meshery-auth-cli profiles --help.</source>
        <translation>Consulte meshery-auth-cli profiles --help.</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with: meshery-auth-cli profiles add NAME URL</source>
        <translation>Todavía no hay perfiles. Añada uno con: meshery-auth-cli profiles add NAME URL</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>CURRENT</source>
        <translation>ACTUAL</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVIDOR</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>PROVEEDOR</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>No hay ningún perfil llamado «%1».</translation>
    </message>
    <message>
        <source>List the profiles with: meshery-auth-cli profiles</source>
        <translation>Liste los perfiles con: meshery-auth-cli profiles</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>El perfil necesita un nombre.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Ya existe un perfil llamado «%1».</translation>
    </message>
    <message>
        <source>Choose another name, or remove that one first.</source>
        <translation>Elija otro nombre o elimine primero ese perfil.</translation>
    </message>
    <message>
        <source>--allow-http is not needed for %1: the token is encrypted or stays on this computer.</source>
        <translation>--allow-http no es necesario para %1: el token va cifrado o no sale de este equipo.</translation>
    </message>
    <message>
        <source>Added the profile %1 for %2.</source>
        <translation>Se añadió el perfil %1 para %2.</translation>
    </message>
    <message>
        <source>It is now the current profile.</source>
        <translation>Ahora es el perfil actual.</translation>
    </message>
    <message>
        <source>The profile %1 was saved, but its key passphrase could not be stored.</source>
        <translation>Se guardó el perfil %1, pero no se pudo guardar la frase de contraseña de su clave.</translation>
    </message>
    <message>
        <source>The key passphrase is in the system keychain.</source>
        <translation>La frase de contraseña de la clave está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>--fingerprint takes a SHA-256 fingerprint: 32 bytes in hex, colons optional.</source>
        <translation>--fingerprint acepta una huella digital SHA-256: 32 bytes en hexadecimal, con dos puntos opcionales.</translation>
    </message>
    <message>
        <source>%1 is plain http: it has no certificate to trust.</source>
        <translation>%1 usa http simple: no tiene ningún certificado en el que confiar.</translation>
    </message>
    <message>
        <source>Add a profile with the server&apos;s https:// address.</source>
        <translation>Añada un perfil con la dirección https:// del servidor.</translation>
    </message>
    <message>
        <source>The certificate of %1 is already trusted; nothing was pinned.</source>
        <translation>El certificado de %1 ya es de confianza; no se fijó nada.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one your administrator gave you. To trust the certificate for %1, type its SHA-256 fingerprint and press Enter:</source>
        <translation>Compare esta huella digital con la que le dio su administrador. Para confiar en el certificado de %1, escriba su huella digital SHA-256 y pulse Intro:</translation>
    </message>
    <message>
        <source>The fingerprint does not match the certificate %1 presents: nothing was trusted.</source>
        <translation>La huella digital no coincide con el certificado que presenta %1: no se confió en nada.</translation>
    </message>
    <message>
        <source>Trust a certificate only when its fingerprint matches the one your administrator gave you.</source>
        <translation>Confíe en un certificado solo cuando su huella digital coincida con la que le dio su administrador.</translation>
    </message>
    <message>
        <source>Trusted this certificate for %1.</source>
        <translation>Se confió en este certificado para %1.</translation>
    </message>
    <message>
        <source>Name the certificate by its SHA-256 fingerprint: 32 bytes in hex, colons optional.</source>
        <translation>Identifique el certificado por su huella digital SHA-256: 32 bytes en hexadecimal, con dos puntos opcionales.</translation>
    </message>
    <message>
        <source>The profile&apos;s trusted fingerprints are listed by: meshery-auth-cli status</source>
        <translation>Las huellas digitales de confianza del perfil se muestran con: meshery-auth-cli status</translation>
    </message>
    <message>
        <source>The profile %1 does not trust a certificate with that fingerprint.</source>
        <translation>El perfil %1 no confía en ningún certificado con esa huella digital.</translation>
    </message>
    <message>
        <source>The profile %1 no longer trusts the certificate %2.</source>
        <translation>El perfil %1 ya no confía en el certificado %2.</translation>
    </message>
    <message>
        <source>Removed the profile %1 and its tokens.</source>
        <translation>Se eliminaron el perfil %1 y sus tokens.</translation>
    </message>
    <message>
        <source>Now using %1 (%2).</source>
        <translation>Ahora se usa %1 (%2).</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::ProvidersCommand</name>
    <message>
        <source>List the server&apos;s providers: key, name, type (local/remote) and URL.</source>
        <translation>Lista los proveedores del servidor: clave, nombre, tipo (local/remote) y URL.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLAVE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
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
        <translation>Muestra el servidor, el proveedor, el usuario con sesión iniciada, el estado y la caducidad del token, y la organización activa.</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>sin sesión iniciada</translation>
    </message>
    <message>
        <source>accepted by the server</source>
        <translation>aceptada por el servidor</translation>
    </message>
    <message>
        <source>refused by the server: log in again</source>
        <translation>rechazada por el servidor: inicie sesión de nuevo</translation>
    </message>
    <message>
        <source>could not be checked with the server</source>
        <translation>no se pudo comprobar con el servidor</translation>
    </message>
    <message>
        <source>none needed (Local provider)</source>
        <translation>no se necesita (proveedor Local)</translation>
    </message>
    <message>
        <source>, expiry %1</source>
        <translation>, caducidad: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (sin guardar)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::TokenCommand</name>
    <message>
        <source>raw (the token alone, the default), bearer (an Authorization header), cookie (a Cookie header), headers (both, one a line, for curl -H @-), curl (a curl command for /api/user that reads them so) or mesheryctl (an auth.json).</source>
        <translation>raw (solo el token, lo predeterminado), bearer (una cabecera Authorization), cookie (una cabecera Cookie), headers (ambas, una por línea, para curl -H @-), curl (una orden curl para /api/user que las lee así) o mesheryctl (un auth.json).</translation>
    </message>
    <message>
        <source>Print the stored token, alone or in a ready-to-use form.</source>
        <translation>Imprime el token guardado, solo o en una forma lista para usar.</translation>
    </message>
    <message>
        <source>Unknown token format; choose one of: %1.</source>
        <translation>Formato de token desconocido; elija uno de: %1.</translation>
    </message>
    <message>
        <source>The token&apos;s expiry has passed, but the server still accepts it.</source>
        <translation>La caducidad del token ya ha pasado, pero el servidor lo sigue aceptando.</translation>
    </message>
    <message>
        <source>The stored token for %1 expired at %2, and the server did not renew it.</source>
        <translation>El token guardado para %1 caducó el %2 y el servidor no lo renovó.</translation>
    </message>
    <message>
        <source>The stored token for %1 expired at %2.</source>
        <translation>El token guardado para %1 caducó el %2.</translation>
    </message>
    <message>
        <source>Log in again: meshery-auth-cli --server %1 login --provider %2</source>
        <translation>Inicie sesión de nuevo: meshery-auth-cli --server %1 login --provider %2</translation>
    </message>
    <message>
        <source>The %1 provider of %2 uses no token.</source>
        <translation>El proveedor %1 de %2 no usa token.</translation>
    </message>
    <message>
        <source>Log in with a remote provider to get one: meshery-auth-cli login --provider KEY</source>
        <translation>Inicie sesión con un proveedor remoto para obtener uno: meshery-auth-cli login --provider KEY</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::TokenInput</name>
    <message>
        <source>More than %1 KiB arrived on standard input: that is not a token or passphrase.</source>
        <translation>Llegaron más de %1 KiB por la entrada estándar: eso no es un token ni una frase de contraseña.</translation>
    </message>
    <message>
        <source>Paste the token and press Enter (it is not shown): </source>
        <translation>Pegue el token y pulse Intro (no se muestra): </translation>
    </message>
    <message>
        <source>Type the client key&apos;s passphrase and press Enter (it is not shown): </source>
        <translation>Escriba la frase de contraseña de la clave de cliente y pulse Intro (no se muestra): </translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::TrustOptions</name>
    <message>
        <source>add: accept that the token travels unencrypted to this plain-http server on another computer.</source>
        <translation>add: acepta que el token viaje sin cifrar a este servidor de http simple situado en otro equipo.</translation>
    </message>
    <message>
        <source>add: a PEM file of CA certificates to trust for this server only (an internal CA).</source>
        <translation>add: un archivo PEM de certificados de CA en los que confiar solo para este servidor (una CA interna).</translation>
    </message>
    <message>
        <source>add: the client certificate to present to this server (PEM, or PKCS#12 .p12/.pfx with its key inside).</source>
        <translation>add: el certificado de cliente que se presentará a este servidor (PEM, o PKCS#12 .p12/.pfx con su clave dentro).</translation>
    </message>
    <message>
        <source>add: the client certificate&apos;s private key (PEM).</source>
        <translation>add: la clave privada del certificado de cliente (PEM).</translation>
    </message>
    <message>
        <source>add: read the client key&apos;s passphrase from standard input; it is kept in the system keychain.</source>
        <translation>add: lee de la entrada estándar la frase de contraseña de la clave de cliente; se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>--client-key and --client-key-passphrase-stdin need --client-cert.</source>
        <translation>--client-key y --client-key-passphrase-stdin necesitan --client-cert.</translation>
    </message>
    <message>
        <source>Certificates are used with https:// addresses only; %1 is plain http.</source>
        <translation>Los certificados solo se usan con direcciones https://; %1 usa http simple.</translation>
    </message>
    <message>
        <source>No passphrase arrived on standard input.</source>
        <translation>No llegó ninguna frase de contraseña por la entrada estándar.</translation>
    </message>
    <message>
        <source>Pipe it in, for example: meshery-auth-cli profiles add NAME URL --client-cert FILE --client-key-passphrase-stdin &lt; passphrase.txt</source>
        <translation>Pásela por una tubería, por ejemplo: meshery-auth-cli profiles add NAME URL --client-cert FILE --client-key-passphrase-stdin &lt; passphrase.txt</translation>
    </message>
    <message>
        <source>Give its passphrase with --client-key-passphrase-stdin.</source>
        <translation>Indique su frase de contraseña con --client-key-passphrase-stdin.</translation>
    </message>
    <message>
        <source>Nothing was saved. Check the file and try again.</source>
        <translation>No se guardó nada. Compruebe el archivo e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Cli::TrustReport</name>
    <message>
        <source>Warning: %1 is plain http: your token travels unencrypted (you confirmed this with --allow-http).</source>
        <translation>Advertencia: %1 usa http simple: su token viaja sin cifrar (lo confirmó con --allow-http).</translation>
    </message>
    <message>
        <source>Warning: %1 is plain http: your token would travel unencrypted, so none is sent until you confirm it (meshery-auth-cli profiles remove %2, then meshery-auth-cli profiles add %2 %1 --allow-http) or use the server&apos;s https:// address.</source>
        <translation>Advertencia: %1 usa http simple: su token viajaría sin cifrar, por lo que no se envía ninguno hasta que lo confirme (meshery-auth-cli profiles remove %2 y después meshery-auth-cli profiles add %2 %1 --allow-http) o use la dirección https:// del servidor.</translation>
    </message>
    <message>
        <source>https (encrypted)</source>
        <translation>https (cifrado)</translation>
    </message>
    <message>
        <source>plain http on this computer</source>
        <translation>http simple en este equipo</translation>
    </message>
    <message>
        <source>plain http to another computer: your token travels unencrypted (confirmed)</source>
        <translation>http simple a otro equipo: su token viaja sin cifrar (confirmado)</translation>
    </message>
    <message>
        <source>plain http to another computer: no token is sent (not confirmed)</source>
        <translation>http simple a otro equipo: no se envía ningún token (sin confirmar)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Pinned certificates</source>
        <translation>Certificados fijados</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Archivo de CA</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificado de cliente</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Clave de cliente</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Frase de contraseña de la clave</translation>
    </message>
    <message>
        <source>needed (kept in the system keychain)</source>
        <translation>necesaria (guardada en el llavero del sistema)</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>no necesaria</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ConnectionTest</name>
    <message>
        <source>Server reachable</source>
        <translation>Servidor accesible</translation>
    </message>
    <message>
        <source>Providers listed</source>
        <translation>Proveedores listados</translation>
    </message>
    <message>
        <source>Provider selected</source>
        <translation>Proveedor seleccionado</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Token not expired</source>
        <translation>Token no caducado</translation>
    </message>
    <message>
        <source>Organizations readable</source>
        <translation>Organizaciones legibles</translation>
    </message>
    <message>
        <source>Workspaces of the active organization readable</source>
        <translation>Espacios de trabajo de la organización activa legibles</translation>
    </message>
    <message>
        <source>GraphQL endpoint answers</source>
        <translation>El punto de acceso GraphQL responde</translation>
    </message>
    <message>
        <source>Meshery %1 (%2)</source>
        <translation>Meshery %1 (%2)</translation>
    </message>
    <message>
        <source>Version unknown (the server answered HTTP %1 when asked for it).</source>
        <translation>Versión desconocida (el servidor respondió HTTP %1 al preguntarle por ella).</translation>
    </message>
    <message>
        <source>Version unknown: %1</source>
        <translation>Versión desconocida: %1</translation>
    </message>
    <message>
        <source>No provider is chosen for this server: pick one and log in.</source>
        <translation>No se ha elegido ningún proveedor para este servidor: elija uno e inicie sesión.</translation>
    </message>
    <message>
        <source>The server does not offer the provider &quot;%1&quot;; it offers: %2.</source>
        <translation>El servidor no ofrece el proveedor «%1»; ofrece: %2.</translation>
    </message>
    <message>
        <source>%1 (local)</source>
        <translation>%1 (local)</translation>
    </message>
    <message>
        <source>%1 (remote)</source>
        <translation>%1 (remoto)</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s): %1</source>
        <translation>
            <numerusform>%n proveedor: %1</numerusform>
            <numerusform>%n proveedores: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message numerus="yes">
        <source>answers (%n namespace(s))</source>
        <translation>
            <numerusform>responde (%n espacio de nombres)</numerusform>
            <numerusform>responde (%n espacios de nombres)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organización</numerusform>
            <numerusform>%n organizaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>No active organization: choose one under Organizations to check its workspaces.</source>
        <translation>No hay ninguna organización activa: elija una en Organizaciones para comprobar sus espacios de trabajo.</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s)</source>
        <translation>
            <numerusform>%n espacio de trabajo</numerusform>
            <numerusform>%n espacios de trabajo</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready; asking for its version…</source>
        <translation>Listo; preguntando por su versión…</translation>
    </message>
    <message>
        <source>Unknown: the providers could not be listed.</source>
        <translation>Desconocido: no se pudieron listar los proveedores.</translation>
    </message>
    <message>
        <source>%1 The server says: %2</source>
        <translation>%1 El servidor dice: %2</translation>
    </message>
    <message>
        <source>The Local provider uses no token.</source>
        <translation>El proveedor Local no usa token.</translation>
    </message>
    <message>
        <source>No token is stored for this server: log in.</source>
        <translation>No hay ningún token guardado para este servidor: inicie sesión.</translation>
    </message>
    <message>
        <source>Expiry unknown (the token does not say); the server&apos;s answer decides.</source>
        <translation>Caducidad desconocida (el token no la indica); decide la respuesta del servidor.</translation>
    </message>
    <message>
        <source>Expired at %1, but it carries a refresh token: the server renews it.</source>
        <translation>Caducó el %1, pero lleva un token de renovación: el servidor lo renueva.</translation>
    </message>
    <message>
        <source>Expired at %1.</source>
        <translation>Caducó el %1.</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Válido hasta %1.</translation>
    </message>
    <message>
        <source>Connection test of %1 (provider %2), %3</source>
        <translation>Prueba de conexión de %1 (proveedor %2), %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ConnectionTestView</name>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En ejecución…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Todas las comprobaciones fueron correctas.</translation>
    </message>
    <message>
        <source>Some checks failed; see the details.</source>
        <translation>Algunas comprobaciones fallaron; consulte los detalles.</translation>
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
        <translation>No se pudo iniciar el servidor de demostración: %1</translation>
    </message>
    <message>
        <source>The demo server stopped before it was ready (exit code %1): %2</source>
        <translation>El servidor de demostración se detuvo antes de estar listo (código de salida %1): %2</translation>
    </message>
    <message>
        <source>The demo server is not installed (meshery-auth-demo-server was not found).</source>
        <translation>El servidor de demostración no está instalado (no se encontró meshery-auth-demo-server).</translation>
    </message>
    <message>
        <source>The demo server said something unexpected: %1</source>
        <translation>El servidor de demostración respondió algo inesperado: %1</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Log in again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::EmbeddedLoginDialog</name>
    <message>
        <source>Log in to Meshery with %1</source>
        <translation>Iniciar sesión en Meshery con %1</translation>
    </message>
    <message>
        <source>Provider login page</source>
        <translation>Página de inicio de sesión del proveedor</translation>
    </message>
    <message numerus="yes">
        <source>No login arrived within %n minute(s). Try again, or log in with your system browser.</source>
        <translation>
            <numerusform>No llegó ningún inicio de sesión en %n minuto. Inténtelo de nuevo o inicie sesión con el navegador del sistema.</numerusform>
            <numerusform>No llegó ningún inicio de sesión en %n minutos. Inténtelo de nuevo o inicie sesión con el navegador del sistema.</numerusform>
        </translation>
    </message>
    <message>
        <source> %1 (secure connection)</source>
        <translation> %1 (conexión segura)</translation>
    </message>
    <message>
        <source>%1 (not encrypted)</source>
        <translation>%1 (sin cifrar)</translation>
    </message>
    <message>
        <source>The login ended at %1 without a token. Try again, or log in with your system browser.</source>
        <translation>El inicio de sesión terminó en %1 sin token. Inténtelo de nuevo o inicie sesión con el navegador del sistema.</translation>
    </message>
    <message>
        <source>The page at %1 could not be loaded. Check that the server is running and reachable, then try again.</source>
        <translation>No se pudo cargar la página en %1. Compruebe que el servidor está en ejecución y es accesible; después, inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2), so the page was not shown. Only this server&apos;s own certificate, pinned or issued by its CA file, is trusted here.

%3</source>
        <translation>El certificado de %1 no es de confianza (%2), por lo que no se mostró la página. Aquí solo se confía en el certificado propio de este servidor, fijado o emitido por su archivo de CA.

%3</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::EmbeddedLoginJob</name>
    <message>
        <source>The embedded browser stopped answering.</source>
        <translation>El navegador integrado dejó de responder.</translation>
    </message>
    <message>
        <source>The embedded browser did not start in time.</source>
        <translation>El navegador integrado no se inició a tiempo.</translation>
    </message>
    <message>
        <source>The embedded browser is not installed.</source>
        <translation>El navegador integrado no está instalado.</translation>
    </message>
    <message>
        <source>The embedded browser could not be started (%1).</source>
        <translation>No se pudo iniciar el navegador integrado (%1).</translation>
    </message>
    <message>
        <source>The embedded browser sent something unexpected.</source>
        <translation>El navegador integrado envió algo inesperado.</translation>
    </message>
    <message>
        <source>The embedded browser installed (%1) is not the one of this Meshery Auth (%2); reinstall Meshery Auth.</source>
        <translation>El navegador integrado instalado (%1) no es el de este Meshery Auth (%2); reinstale Meshery Auth.</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>versión desconocida</translation>
    </message>
    <message>
        <source>The embedded browser stopped unexpectedly.</source>
        <translation>El navegador integrado se detuvo inesperadamente.</translation>
    </message>
    <message>
        <source>The embedded browser quit before the login ended (exit code %1).</source>
        <translation>El navegador integrado se cerró antes de que terminara el inicio de sesión (código de salida %1).</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::FirstRunView</name>
    <message>
        <source>Reads %1 and the token files it names: each context becomes a server here, with its sign-in.</source>
        <translation>Lee %1 y los archivos de token que nombra: cada contexto se convierte aquí en un servidor, con su sesión.</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::KeychainStore</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>El llavero no respondió en %n segundo.</numerusform>
            <numerusform>El llavero no respondió en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keyring is locked.</source>
        <translation>El llavero está bloqueado.</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::LoginCallback</name>
    <message>
        <source>the session cookie of %1</source>
        <translation>cookie de sesión (%1)</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::LoginController</name>
    <message>
        <source>Choose a provider first.</source>
        <translation>Elija primero un proveedor.</translation>
    </message>
    <message>
        <source>Send your token unencrypted?</source>
        <translation>¿Enviar su token sin cifrar?</translation>
    </message>
    <message>
        <source>%1 is reached over plain http: your token travels unencrypted to %1, and anyone on the network between can read it and use your account.</source>
        <translation>A %1 se accede por http simple: su token viaja sin cifrar a %1 y cualquiera en la red intermedia puede leerlo y usar su cuenta.</translation>
    </message>
    <message>
        <source>Use an https:// address if the server offers one. Send the token anyway only on a network you trust; you are asked once for this server.</source>
        <translation>Use una dirección https:// si el servidor la ofrece. Envíe el token de todos modos solo en una red de confianza; esto se le pregunta una sola vez para este servidor.</translation>
    </message>
    <message>
        <source>&amp;Send my token unencrypted</source>
        <translation>&amp;Enviar mi token sin cifrar</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>No se envió nada.</translation>
    </message>
    <message>
        <source>Selecting the Local provider…</source>
        <translation>Seleccionando el proveedor Local…</translation>
    </message>
    <message>
        <source>%1 signs visitors in anonymously; its own login page opens instead.</source>
        <translation>%1 inicia la sesión de los visitantes de forma anónima; en su lugar se abre su propia página de inicio de sesión.</translation>
    </message>
    <message>
        <source>Opening the login page of %1 (Esc cancels)…</source>
        <translation>Abriendo la página de inicio de sesión de %1 (Esc cancela)…</translation>
    </message>
    <message>
        <source>The built-in browser cannot present client certificates, and this server&apos;s profile uses one.</source>
        <translation>El navegador integrado no puede presentar certificados de cliente y el perfil de este servidor usa uno.</translation>
    </message>
    <message>
        <source>Login cancelled.</source>
        <translation>Inicio de sesión cancelado.</translation>
    </message>
    <message>
        <source>The embedded browser failed</source>
        <translation>Falló el navegador integrado</translation>
    </message>
    <message>
        <source>You can log in with your system browser instead.</source>
        <translation>En su lugar, puede iniciar sesión con el navegador del sistema.</translation>
    </message>
    <message>
        <source>Log in with &amp;system browser</source>
        <translation>Iniciar sesión con el navegador del &amp;sistema</translation>
    </message>
    <message>
        <source>Login received; checking it with the server…</source>
        <translation>Inicio de sesión recibido; comprobándolo con el servidor…</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Sesión iniciada en %1 como %2.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Cerrando la sesión…</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Sesión cerrada en %1.</translation>
    </message>
    <message>
        <source>Signed out at the provider; this server&apos;s tokens were removed from this computer.</source>
        <translation>Sesión cerrada en el proveedor; los tokens de este servidor se eliminaron de este equipo.</translation>
    </message>
    <message>
        <source>The token was removed from this computer, but the provider may still accept it until it expires.</source>
        <translation>El token se eliminó de este equipo, pero puede que el proveedor siga aceptándolo hasta que caduque.</translation>
    </message>
    <message>
        <source>The server could not end the session at the provider: that needs the session of a browser login, and a pasted API token has none. Revoke the token on the provider&apos;s API tokens page%1.</source>
        <translation>El servidor no pudo cerrar la sesión en el proveedor: eso requiere la sesión de un inicio de sesión en el navegador y un token de API pegado no tiene ninguna. Revoque el token en la página de tokens de API del proveedor%1.</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::LoopbackCallbackListener</name>
    <message>
        <source>Could not open a local port for the login callback: %1</source>
        <translation>No se pudo abrir un puerto local para la llamada de retorno del inicio de sesión: %1</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Solicitud demasiado grande</translation>
    </message>
    <message>
        <source>This page only accepts the login callback.</source>
        <translation>Esta página solo acepta la llamada de retorno del inicio de sesión.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Solicitud incorrecta</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Nothing is here.</source>
        <translation>Aquí no hay nada.</translation>
    </message>
    <message>
        <source>Still waiting for the login</source>
        <translation>Aún se espera el inicio de sesión</translation>
    </message>
    <message>
        <source>No token arrived at this address. Finish signing in on the provider&apos;s page.</source>
        <translation>No llegó ningún token a esta dirección. Termine de iniciar sesión en la página del proveedor.</translation>
    </message>
    <message>
        <source>Already signed in</source>
        <translation>Sesión ya iniciada</translation>
    </message>
    <message>
        <source>Meshery Auth already received a login. You can close this window.</source>
        <translation>Meshery Auth ya recibió un inicio de sesión. Puede cerrar esta ventana.</translation>
    </message>
    <message>
        <source>the login callback</source>
        <translation>llamada de retorno del inicio de sesión</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Inicio de sesión rechazado</translation>
    </message>
    <message>
        <source>The provider sent a token that Meshery Auth cannot use. Return to Meshery Auth for details.</source>
        <translation>El proveedor envió un token que Meshery Auth no puede usar. Vuelva a Meshery Auth para ver los detalles.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Meshery Auth received your login. You can close this window now.</source>
        <translation>Meshery Auth recibió su inicio de sesión. Ya puede cerrar esta ventana.</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::MainWindow</name>
    <message>
        <source>The change could not be saved in the settings.</source>
        <translation>No se pudo guardar el cambio en la configuración.</translation>
    </message>
    <message>
        <source>Signing in failed.</source>
        <translation>Falló el inicio de sesión.</translation>
    </message>
    <message>
        <source>%1 copied; the clipboard is cleared in %2 s</source>
        <translation>Copiado: %1; el portapapeles se vaciará en %2 s</translation>
    </message>
    <message>
        <source>Log in in the &amp;embedded browser</source>
        <translation>Iniciar sesión en el navegador &amp;integrado</translation>
    </message>
    <message>
        <source>Log in in my &amp;system browser</source>
        <translation>Iniciar sesión en mi navegador del &amp;sistema</translation>
    </message>
    <message>
        <source>Sign in with an &amp;API token…</source>
        <translation>Iniciar sesión con un token de &amp;API…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>No se pudieron guardar las preferencias.</translation>
    </message>
    <message>
        <source>Starting at login could not be changed.</source>
        <translation>No se pudo cambiar el inicio automático al entrar en el escritorio.</translation>
    </message>
    <message>
        <source>(providers unavailable)</source>
        <translation>(proveedores no disponibles)</translation>
    </message>
    <message>
        <source>The server&apos;s providers could not be listed.</source>
        <translation>No se pudieron listar los proveedores del servidor.</translation>
    </message>
    <message>
        <source>Choose a provider…</source>
        <translation>Elija un proveedor…</translation>
    </message>
    <message>
        <source>Local (no sign-in)</source>
        <translation>Local (sin inicio de sesión)</translation>
    </message>
    <message>
        <source>%1 (remote)</source>
        <translation>%1 (remoto)</translation>
    </message>
    <message>
        <source>Use &amp;Local</source>
        <translation>Usar &amp;Local</translation>
    </message>
    <message>
        <source>&amp;Log in again</source>
        <translation>&amp;Iniciar sesión de nuevo</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1), so tokens cannot be kept safely. You can continue for this session only: tokens stay in memory and are forgotten on quit.</source>
        <translation>El llavero del sistema no está disponible (%1), por lo que los tokens no se pueden guardar de forma segura. Puede continuar solo durante esta sesión: los tokens se guardan en memoria y se olvidan al salir.</translation>
    </message>
    <message>
        <source>Continue for this &amp;session only</source>
        <translation>Continuar solo durante es&amp;ta sesión</translation>
    </message>
    <message>
        <source>Your session has expired or the token is invalid. The old token is kept until you log in again.</source>
        <translation>Su sesión ha caducado o el token no es válido. El token anterior se conserva hasta que vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Log in &amp;again</source>
        <translation>Iniciar sesión de &amp;nuevo</translation>
    </message>
    <message>
        <source>No Meshery server answers at %1. Start Meshery there, pick another server, or try the built-in demo server.</source>
        <translation>Ningún servidor de Meshery responde en %1. Inicie Meshery allí, elija otro servidor o pruebe el servidor de demostración integrado.</translation>
    </message>
    <message>
        <source>Try the &amp;demo server</source>
        <translation>Probar el servidor de &amp;demostración</translation>
    </message>
    <message>
        <source>Session-only mode: tokens are kept in memory and forgotten when you quit.</source>
        <translation>Modo solo de sesión: los tokens se guardan en memoria y se olvidan al salir.</translation>
    </message>
    <message>
        <source>Warning: Your token travels unencrypted to %1. You allowed this for this server; you can take it back in the server&apos;s settings (Servers, Edit).</source>
        <translation>Advertencia: su token viaja sin cifrar a %1. Lo permitió para este servidor; puede retirar ese permiso en la configuración del servidor (Servidores, Editar servidor).</translation>
    </message>
    <message>
        <source>Warning: Your token travels unencrypted to %1. Use an https:// address if the server offers one; signing in here asks you first.</source>
        <translation>Advertencia: su token viaja sin cifrar a %1. Use una dirección https:// si el servidor la ofrece; al iniciar sesión aquí se le preguntará antes.</translation>
    </message>
    <message>
        <source>The certificate could not be trusted.</source>
        <translation>No se pudo confiar en el certificado.</translation>
    </message>
    <message>
        <source>The certificate is trusted for %1.</source>
        <translation>El certificado es de confianza para %1.</translation>
    </message>
    <message>
        <source>The certificate was rejected; nothing was sent to the server.</source>
        <translation>Se rechazó el certificado; no se envió nada al servidor.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The answer could not be saved; it holds until you quit.</source>
        <translation>No se pudo guardar la respuesta; vale hasta que salga.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Listing providers…</source>
        <translation>Obteniendo proveedores…</translation>
    </message>
    <message>
        <source>The server did not list providers.</source>
        <translation>El servidor no indicó proveedores.</translation>
    </message>
    <message>
        <source>Choose a provider first.</source>
        <translation>Elija primero un proveedor.</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::MesheryctlFiles</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is too large to be a mesheryctl file.</source>
        <translation>%1 es demasiado grande para ser un archivo de mesheryctl.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>Cannot set the permissions of %1: %2.</source>
        <translation>No se pueden establecer los permisos de %1: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <source>this is not YAML mesheryctl can read (%1).</source>
        <translation>esto no es YAML que mesheryctl pueda leer (%1).</translation>
    </message>
    <message>
        <source>an alias refers to a node that contains it, so the file has no end when read; it is not used.</source>
        <translation>un alias hace referencia a un nodo que lo contiene, por lo que el archivo no tiene fin al leerlo; no se usa.</translation>
    </message>
    <message>
        <source>with its aliases expanded, the file holds more than %1 values, far more than any mesheryctl config.yaml; it is not used.</source>
        <translation>con sus alias expandidos, el archivo contiene más de %1 valores, muchos más que cualquier config.yaml de mesheryctl; no se usa.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a single value, not a list or map.</source>
        <translation>«%1» debe ser un único valor, no una lista ni un mapa.</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no mesheryctl contexts.</source>
        <translation>%1 está vacío: no contiene ningún contexto de mesheryctl.</translation>
    </message>
    <message>
        <source>expected mesheryctl&apos;s settings (contexts, current-context, tokens).</source>
        <translation>se esperaba la configuración de mesheryctl (contexts, current-context, tokens).</translation>
    </message>
    <message>
        <source>&quot;contexts&quot; must map names to contexts.</source>
        <translation>«contexts» debe asignar nombres a contextos.</translation>
    </message>
    <message>
        <source>a context name must be a single value.</source>
        <translation>el nombre de un contexto debe ser un único valor.</translation>
    </message>
    <message>
        <source>the context &quot;%1&quot; must be a map of settings.</source>
        <translation>el contexto «%1» debe ser un mapa de ajustes.</translation>
    </message>
    <message>
        <source>&quot;tokens&quot; must be a list of token entries.</source>
        <translation>«tokens» debe ser una lista de entradas de token.</translation>
    </message>
    <message>
        <source>a token entry must be a map with &quot;name&quot; and &quot;location&quot;.</source>
        <translation>una entrada de token debe ser un mapa con «name» y «location».</translation>
    </message>
    <message>
        <source>a token entry has no name.</source>
        <translation>una entrada de token no tiene nombre.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation>%1 no es JSON válido: %2 en el byte %3.</translation>
    </message>
    <message>
        <source>%1 is not a mesheryctl token file: it holds no JSON object.</source>
        <translation>%1 no es un archivo de token de mesheryctl: no contiene ningún objeto JSON.</translation>
    </message>
    <message>
        <source>%1 is not a mesheryctl token file: it has no &quot;%2&quot; field.</source>
        <translation>%1 no es un archivo de token de mesheryctl: no tiene el campo «%2».</translation>
    </message>
    <message>
        <source>%1 is not a mesheryctl token file: &quot;%2&quot; and &quot;%3&quot; must be text.</source>
        <translation>%1 no es un archivo de token de mesheryctl: «%2» y «%3» deben ser texto.</translation>
    </message>
    <message>
        <source>The context &quot;%1&quot; names the token entry &quot;%2&quot;, which is not in the tokens of %3.</source>
        <translation>El contexto «%1» indica la entrada de token «%2», que no está entre los tokens de %3.</translation>
    </message>
    <message>
        <source>The token entry &quot;%1&quot; in %2 has no location.</source>
        <translation>La entrada de token «%1» de %2 no tiene ubicación.</translation>
    </message>
    <message>
        <source>The token of the context &quot;%1&quot; cannot be read: %2</source>
        <translation>No se puede leer el token del contexto «%1»: %2</translation>
    </message>
    <message>
        <source>The token entry &quot;%1&quot; (%2) is not used by any context.</source>
        <translation>Ningún contexto usa la entrada de token «%1» (%2).</translation>
    </message>
    <message>
        <source>current-context names &quot;%1&quot;, which is not among the contexts.</source>
        <translation>current-context indica «%1», que no está entre los contextos.</translation>
    </message>
    <message>
        <source>There is no token to write to %1.</source>
        <translation>No hay ningún token que escribir en %1.</translation>
    </message>
    <message>
        <source>%1 already holds a different token.</source>
        <translation>%1 ya contiene un token diferente.</translation>
    </message>
    <message>
        <source>%1 already exists and is not a token file this app can read (%2)</source>
        <translation>%1 ya existe y no es un archivo de token que esta aplicación pueda leer (%2)</translation>
    </message>
    <message>
        <source>Cannot make %1 private to you: its permissions cannot be changed.</source>
        <translation>No se puede hacer que %1 sea privado para usted: no se pueden cambiar sus permisos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a mesheryctl context name: use lower-case letters, digits, &quot;-&quot; and &quot;_&quot;.</source>
        <translation>«%1» no puede ser un nombre de contexto de mesheryctl: use letras minúsculas, dígitos, «-» y «_».</translation>
    </message>
    <message>
        <source>The token entry &quot;%1&quot; needs a location.</source>
        <translation>La entrada de token «%1» necesita una ubicación.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; it is not used.</source>
        <translation>%1 no es texto UTF-8; no se usa.</translation>
    </message>
    <message>
        <source>%1, line %2: the control character U+%3 cannot be in a YAML file; it is not used.</source>
        <translation>%1, línea %2: el carácter de control U+%3 no puede estar en un archivo YAML; no se usa.</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::MesheryctlSync</name>
    <message>
        <source>Context &quot;%1&quot;: %2</source>
        <translation>Contexto «%1»: %2</translation>
    </message>
    <message>
        <source>No token is stored for %1; log in first.</source>
        <translation>No hay ningún token guardado para %1; inicie sesión primero.</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::OrganizationsView</name>
    <message>
        <source>Log in to see your organizations.</source>
        <translation>Inicie sesión para ver sus organizaciones.</translation>
    </message>
    <message>
        <source>Loading organizations…</source>
        <translation>Cargando organizaciones…</translation>
    </message>
    <message>
        <source>The active organization</source>
        <translation>La organización activa</translation>
    </message>
    <message>
        <source>No organization matches the search.</source>
        <translation>Ninguna organización coincide con la búsqueda.</translation>
    </message>
    <message>
        <source>You belong to no organization.</source>
        <translation>No pertenece a ninguna organización.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 organizations; search to narrow the list.</source>
        <translation>Se muestran %1 de %2 organizaciones; busque para acotar la lista.</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s). Double-click one to make it active.</source>
        <translation>
            <numerusform>%n organización. Haga doble clic en una para activarla.</numerusform>
            <numerusform>%n organizaciones. Haga doble clic en una para activarla.</numerusform>
        </translation>
    </message>
    <message>
        <source>No active organization.</source>
        <translation>No hay ninguna organización activa.</translation>
    </message>
    <message numerus="yes">
        <source>Active organization: %n workspace(s)</source>
        <translation>
            <numerusform>Organización activa: %n espacio de trabajo</numerusform>
            <numerusform>Organización activa: %n espacios de trabajo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MesheryAuth::PasteTokenDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Checking the token with the server…</source>
        <translation>Comprobando el token con el servidor…</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ProfileDialog</name>
    <message>
        <source>Add a server</source>
        <translation>Añadir un servidor</translation>
    </message>
    <message>
        <source>Edit server</source>
        <translation>Editar servidor</translation>
    </message>
    <message>
        <source>The server was saved, but the key passphrase could not be stored: %1</source>
        <translation>El servidor se guardó, pero no se pudo guardar la frase de contraseña de la clave: %1</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ProfileSecurityPage</name>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>CA file for this server</source>
        <translation>Archivo de CA para este servidor</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificado de cliente</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.p12 *.pfx);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer *.p12 *.pfx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Clave de cliente</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>Claves PEM (*.pem *.key);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ProfileService</name>
    <message>
        <source>Demo (built-in test server)</source>
        <translation>Demostración (servidor de pruebas integrado)</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ProfileStore</name>
    <message>
        <source>The time limit must be between %1 and %2 seconds.</source>
        <translation>El tiempo de espera debe estar entre %1 y %2 segundos.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ProviderFeatures</name>
    <message>
        <source>Organizations come with remote providers such as Meshery Cloud; the Local provider has none.</source>
        <translation>Las organizaciones vienen con proveedores remotos como Meshery Cloud; el proveedor Local no tiene ninguna.</translation>
    </message>
    <message>
        <source>Workspaces come with remote providers such as Meshery Cloud; the Local provider has none.</source>
        <translation>Los espacios de trabajo vienen con proveedores remotos como Meshery Cloud; el proveedor Local no tiene ninguno.</translation>
    </message>
    <message>
        <source>The provider %1 does not offer organizations.</source>
        <translation>El proveedor %1 no ofrece organizaciones.</translation>
    </message>
    <message>
        <source>The provider %1 does not offer workspaces.</source>
        <translation>El proveedor %1 no ofrece espacios de trabajo.</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::SecretField</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ServerAddress</name>
    <message>
        <source>Enter the Meshery server&apos;s address, for example %1.</source>
        <translation>Introduzca la dirección del servidor de Meshery; por ejemplo, %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address.</source>
        <translation>«%1» no es una dirección válida.</translation>
    </message>
    <message>
        <source>Only http:// and https:// addresses are supported, not %1://.</source>
        <translation>Solo se admiten direcciones http:// y https://, no %1://.</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; names no host.</source>
        <translation>La dirección «%1» no indica ningún host.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address; sign in instead.</source>
        <translation>No incluya el nombre de usuario ni la contraseña en la dirección; inicie sesión en su lugar.</translation>
    </message>
    <message>
        <source>The address must not contain &quot;?&quot; or &quot;#&quot; parts.</source>
        <translation>La dirección no debe contener partes «?» ni «#».</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ServersMenu</name>
    <message>
        <source>&amp;Add server…</source>
        <translation>&amp;Añadir servidor…</translation>
    </message>
    <message>
        <source>&amp;Edit server…</source>
        <translation>&amp;Editar servidor…</translation>
    </message>
    <message>
        <source>&amp;Remove server</source>
        <translation>E&amp;liminar servidor</translation>
    </message>
    <message>
        <source>&amp;Import from mesheryctl</source>
        <translation>&amp;Importar de mesheryctl</translation>
    </message>
    <message>
        <source>E&amp;xport to mesheryctl</source>
        <translation>E&amp;xportar a mesheryctl</translation>
    </message>
    <message>
        <source>Try the &amp;demo server</source>
        <translation>Probar el servidor de &amp;demostración</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>Eliminar servidor</translation>
    </message>
    <message>
        <source>Remove %1 and delete its tokens from the keychain?</source>
        <translation>¿Eliminar %1 y borrar sus tokens del llavero?</translation>
    </message>
    <message>
        <source>The server&apos;s tokens were removed, but the server could not be removed from the settings.</source>
        <translation>Se eliminaron los tokens del servidor, pero no se pudo eliminar el servidor de la configuración.</translation>
    </message>
    <message>
        <source>The server&apos;s tokens could not be removed; the server was kept.</source>
        <translation>No se pudieron eliminar los tokens del servidor; se conservó el servidor.</translation>
    </message>
    <message>
        <source>Removed %1 and its tokens.</source>
        <translation>Se eliminaron %1 y sus tokens.</translation>
    </message>
    <message>
        <source>Importing from mesheryctl…</source>
        <translation>Importando de mesheryctl…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n context(s) from mesheryctl.</source>
        <translation>
            <numerusform>Se importó %n contexto de mesheryctl.</numerusform>
            <numerusform>Se importaron %n contextos de mesheryctl.</numerusform>
        </translation>
    </message>
    <message>
        <source>mesheryctl now uses this sign-in (context &quot;%1&quot;, %2).</source>
        <translation>mesheryctl usa ahora este inicio de sesión (contexto «%1», %2).</translation>
    </message>
    <message>
        <source>Export to mesheryctl failed: %1</source>
        <translation>Falló la exportación a mesheryctl: %1</translation>
    </message>
    <message>
        <source>Replace mesheryctl&apos;s token?</source>
        <translation>¿Reemplazar el token de mesheryctl?</translation>
    </message>
    <message>
        <source>%1 holds another token. Replace it with this server&apos;s?</source>
        <translation>%1 contiene otro token. ¿Reemplazarlo por el de este servidor?</translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation>Iniciando el servidor de demostración…</translation>
    </message>
    <message>
        <source>Demo server running at %1: sign in with any user name and the password &quot;%2&quot;.</source>
        <translation>Servidor de demostración en ejecución en %1: inicie sesión con cualquier nombre de usuario y la contraseña «%2».</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::SettingsDialog</name>
    <message>
        <source>The embedded browser</source>
        <translation>El navegador integrado</translation>
    </message>
    <message>
        <source>My system browser</source>
        <translation>Mi navegador del sistema</translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation>Preguntarme</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Seguir en ejecución en la bandeja del sistema</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>As the system is set</source>
        <translation>Según la configuración del sistema</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>after the number of days</comment>
        <translation>
            <numerusform> día</numerusform>
            <numerusform> días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MesheryAuth::SystemBrowserLogin</name>
    <message numerus="yes">
        <source>No login arrived within %n minute(s).</source>
        <translation>
            <numerusform>No llegó ningún inicio de sesión en %n minuto.</numerusform>
            <numerusform>No llegó ningún inicio de sesión en %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; has no login page: choose a remote provider.</source>
        <translation>El proveedor «%1» no tiene página de inicio de sesión: elija un proveedor remoto.</translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; names a login page that is not a web address (%2), so it was not opened.</source>
        <translation>El proveedor «%1» indica una página de inicio de sesión que no es una dirección web (%2), por lo que no se abrió.</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::SystemBrowserLoginDialog</name>
    <message>
        <source>Log in to Meshery with %1</source>
        <translation>Iniciar sesión en Meshery con %1</translation>
    </message>
    <message>
        <source>Login received; checking it with the server…</source>
        <translation>Inicio de sesión recibido; comprobándolo con el servidor…</translation>
    </message>
    <message>
        <source>Link copied. Open it in a browser on this computer.</source>
        <translation>Enlace copiado. Ábralo en un navegador de este equipo.</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the login link and open it in a browser on this computer.</source>
        <translation>No se pudo abrir ningún navegador. Copie el enlace de inicio de sesión y ábralo en un navegador de este equipo.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the login (up to %n minute(s))…</source>
        <translation>
            <numerusform>Esperando el inicio de sesión (hasta %n minuto)…</numerusform>
            <numerusform>Esperando el inicio de sesión (hasta %n minutos)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::TlsCertificateInfo</name>
    <message>
        <source>Subject: %1
Issuer: %2
Valid from %3 until %4</source>
        <translation>Sujeto: %1
Emisor: %2
Válido desde %3 hasta %4</translation>
    </message>
    <message>
        <source>Valid for: %1</source>
        <translation>Válido para: %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Huella digital SHA-256: %1</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::TlsMaterial</name>
    <message>
        <source>The %1 &quot;%2&quot; cannot be read: %3.</source>
        <translation>No se puede leer %1 «%2»: %3.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a regular file.</source>
        <translation>No se puede usar %1 «%2»: no es un archivo normal.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is larger than any certificate file (over %3 KiB).</source>
        <translation>No se puede usar %1 «%2»: es más grande que cualquier archivo de certificado (más de %3 KiB).</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is empty.</source>
        <translation>No se puede usar %1 «%2»: no tiene contenido.</translation>
    </message>
    <message>
        <source>The client certificate &quot;%1&quot; expired on %2; ask for a new one.</source>
        <translation>El certificado de cliente «%1» caducó el %2; solicite uno nuevo.</translation>
    </message>
    <message>
        <source>The client certificate &quot;%1&quot; is valid only from %2.</source>
        <translation>El certificado de cliente «%1» solo es válido a partir de %2.</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>el archivo de CA</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; holds no certificate (PEM expected).</source>
        <translation>El archivo de CA «%1» no contiene ningún certificado (se esperaba PEM).</translation>
    </message>
    <message>
        <source>The client key &quot;%1&quot; is protected by a passphrase, and none is stored for this server.</source>
        <translation>La clave de cliente «%1» está protegida por una frase de contraseña y no hay ninguna guardada para este servidor.</translation>
    </message>
    <message>
        <source>The client certificate bundle &quot;%1&quot; cannot be opened: the passphrase is wrong, or it is not a PKCS#12 file.</source>
        <translation>No se puede abrir el paquete de certificado de cliente «%1»: la frase de contraseña es incorrecta o no es un archivo PKCS#12.</translation>
    </message>
    <message>
        <source>The client certificate &quot;%1&quot; holds no PEM certificate.</source>
        <translation>El certificado de cliente «%1» no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>la clave de cliente</translation>
    </message>
    <message>
        <source>The client key &quot;%1&quot; cannot be opened: the passphrase is wrong.</source>
        <translation>No se puede abrir la clave de cliente «%1»: la frase de contraseña es incorrecta.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; holds no private key in PEM form (RSA, EC or DSA).</source>
        <translation>El archivo «%1» no contiene ninguna clave privada en formato PEM (RSA, EC o DSA).</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>el certificado de cliente</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::TokenConfirmation</name>
    <message>
        <source>the sign-in</source>
        <translation>inicio de sesión</translation>
    </message>
    <message>
        <source>the server&apos;s /api/token answer</source>
        <translation>respuesta de /api/token del servidor</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::TokenNotice</name>
    <message>
        <source>Meshery session expires soon</source>
        <translation>La sesión de Meshery caduca pronto</translation>
    </message>
    <message>
        <source>Meshery session expired</source>
        <translation>La sesión de Meshery ha caducado</translation>
    </message>
    <message>
        <source>Time for a new Meshery token</source>
        <translation>Es hora de un nuevo token de Meshery</translation>
    </message>
    <message numerus="yes">
        <source>Your session for %1 (%2) expires in %n minute(s), at %3.</source>
        <translation>
            <numerusform>Su sesión en %1 (%2) caduca en %n minuto, a las %3.</numerusform>
            <numerusform>Su sesión en %1 (%2) caduca en %n minutos, a las %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your session for %1 (%2) has expired. Log in again to keep working.</source>
        <translation>Su sesión en %1 (%2) ha caducado. Vuelva a iniciar sesión para seguir trabajando.</translation>
    </message>
    <message numerus="yes">
        <source>Your token for %1 (%2) is %n day(s) old. Log in again to get a new one.</source>
        <translation>
            <numerusform>Su token de %1 (%2) tiene %n día de antigüedad. Vuelva a iniciar sesión para obtener uno nuevo.</numerusform>
            <numerusform>Su token de %1 (%2) tiene %n días de antigüedad. Vuelva a iniciar sesión para obtener uno nuevo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MesheryAuth::TokenStatus</name>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Caduca pronto</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Expiry unknown (opaque token)</source>
        <translation>Caducidad desconocida (token opaco)</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
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
        <translation>caduca en %1</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>caducó hace %1</translation>
    </message>
    <message>
        <source>issued %1 ago</source>
        <translation>emitido hace %1</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::TokenValidator</name>
    <message>
        <source>The token is empty.</source>
        <translation>El token está vacío.</translation>
    </message>
    <message>
        <source>The token is longer than %1 KiB, far more than any Meshery token.</source>
        <translation>El token ocupa más de %1 KiB, mucho más que cualquier token de Meshery.</translation>
    </message>
    <message>
        <source>The token has a space or a line break at character %1.</source>
        <translation>El token tiene un espacio o un salto de línea en el carácter %1.</translation>
    </message>
    <message>
        <source>The token has a character that no Meshery token has, at character %1.</source>
        <translation>El token contiene, en el carácter %1, un carácter que ningún token de Meshery tiene.</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (origen: %2)</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::TokenVault</name>
    <message>
        <source>The entry &quot;%1&quot; has an unreadable chunk count.</source>
        <translation>La entrada «%1» tiene un recuento de fragmentos ilegible.</translation>
    </message>
    <message>
        <source>Part %1 of %2 of the entry &quot;%3&quot; is missing from the keychain.</source>
        <translation>Falta en el llavero la parte %1 de %2 de la entrada «%3».</translation>
    </message>
    <message>
        <source>the keychain entry &quot;%1&quot;</source>
        <translation>entrada «%1» del llavero</translation>
    </message>
    <message>
        <source>the token to keep</source>
        <translation>token que se va a guardar</translation>
    </message>
    <message>
        <source>the session cookie to keep</source>
        <translation>cookie de sesión que se va a guardar</translation>
    </message>
    <message>
        <source>The parts of the entry &quot;%1&quot; do not belong together.</source>
        <translation>Las partes de la entrada «%1» no corresponden entre sí.</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::Translations</name>
    <message>
        <source>English</source>
        <comment>The name of the language you translate into, in that language</comment>
        <translation>Español</translation>
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
        <translation>Prueba de conexión de %1: todas las comprobaciones se superaron.</translation>
    </message>
    <message>
        <source>Connection test of %1: some checks failed.</source>
        <translation>Prueba de conexión de %1: algunas comprobaciones fallaron.</translation>
    </message>
    <message>
        <source>Connection test of %1: “%2” failed. %3</source>
        <translation>Prueba de conexión de %1: falló «%2». %3</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>Prueba de conexión</translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation>&amp;Copiar token</translation>
    </message>
    <message>
        <source>Copy &amp;as</source>
        <translation>Copiar c&amp;omo</translation>
    </message>
    <message>
        <source>&amp;Server profile</source>
        <translation>&amp;Perfil de servidor</translation>
    </message>
    <message>
        <source>&amp;Open window</source>
        <translation>&amp;Abrir ventana</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>sin sesión iniciada</translation>
    </message>
    <message>
        <source>&amp;Log in again</source>
        <translation>&amp;Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>signing in…</source>
        <translation>iniciando sesión…</translation>
    </message>
    <message>
        <source>choose a provider in the window</source>
        <translation>elija un proveedor en la ventana</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Probar cone&amp;xión</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en curso…</translation>
    </message>
    <message>
        <source>no server open</source>
        <translation>ningún servidor abierto</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::TrayStatus</name>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Signed in, expiring soon</source>
        <translation>Sesión iniciada, caduca pronto</translation>
    </message>
    <message>
        <source>Session expired</source>
        <translation>Sesión caducada</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Servidor inaccesible</translation>
    </message>
    <message>
        <source>Meshery Auth</source>
        <translation>Meshery Auth</translation>
    </message>
    <message>
        <source>Token expired at %1</source>
        <translation>El token caducó a las %1</translation>
    </message>
    <message>
        <source>Token expires at %1</source>
        <translation>El token caduca a las %1</translation>
    </message>
</context>
<context>
    <name>MesheryAuth::ValueLabel</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>OrganizationsView</name>
    <message>
        <source>O&amp;rganizations</source>
        <translation>&amp;Organizaciones</translation>
    </message>
    <message>
        <source>Search organizations</source>
        <translation>Buscar organizaciones</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>&amp;Use this organization</source>
        <translation>Usar esta or&amp;ganización</translation>
    </message>
    <message>
        <source>Make it the active organization for calls that need one</source>
        <translation>Convertirla en la organización activa para las llamadas que necesiten una</translation>
    </message>
    <message>
        <source>Copy org &amp;ID</source>
        <translation>Copi&amp;ar ID</translation>
    </message>
</context>
<context>
    <name>PasteTokenDialog</name>
    <message>
        <source>Sign in with an API token</source>
        <translation>Iniciar sesión con un token de API</translation>
    </message>
    <message>
        <source>Paste a token made in your provider&apos;s web interface (for example Meshery Cloud &gt; Account &gt; API Tokens). It is checked with the server before it is kept in your keychain.</source>
        <translation>Pegue un token creado en la interfaz web de su proveedor (por ejemplo, Meshery Cloud &gt; Account &gt; API Tokens). Se comprueba con el servidor antes de guardarlo en su llavero.</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de API</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>http://localhost:9081</source>
        <translation>http://localhost:9081</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Taken from the address when empty</source>
        <translation>Se toma de la dirección si está vacío</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>&amp;Tiempo de espera:</translation>
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
        <translation>&amp;Seguridad</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Archivo de &amp;CA:</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Archivo de CA</translation>
    </message>
    <message>
        <source>The system&apos;s trusted CAs only</source>
        <translation>Solo las CA de confianza del sistema</translation>
    </message>
    <message>
        <source>A PEM file of extra certificate authorities, trusted for this server only</source>
        <translation>Un archivo PEM de autoridades de certificación adicionales, de confianza solo para este servidor</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Browse for the CA file</source>
        <translation>Buscar el archivo de CA</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>C&amp;ertificado de cliente:</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificado de cliente</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>PEM, or PKCS#12 (.p12, .pfx) with the key inside</source>
        <translation>PEM, o PKCS#12 (.p12, .pfx) con la clave dentro</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Exa&amp;minar…</translation>
    </message>
    <message>
        <source>Browse for the client certificate</source>
        <translation>Buscar el certificado de cliente</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>C&amp;lave de cliente:</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Clave de cliente</translation>
    </message>
    <message>
        <source>None, or inside the PKCS#12 file</source>
        <translation>Ninguna, o dentro del archivo PKCS#12</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Examina&amp;r…</translation>
    </message>
    <message>
        <source>Browse for the client key</source>
        <translation>Buscar la clave de cliente</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>&amp;Frase de contraseña de la clave:</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Frase de contraseña de la clave</translation>
    </message>
    <message>
        <source>Unchanged (kept in the keychain)</source>
        <translation>Sin cambios (guardada en el llavero)</translation>
    </message>
    <message>
        <source>&amp;Forget it</source>
        <translation>&amp;Olvidarla</translation>
    </message>
    <message>
        <source>Forget the stored key passphrase</source>
        <translation>Olvidar la frase de contraseña guardada de la clave</translation>
    </message>
    <message>
        <source>Tr&amp;usted certificates (SHA-256 fingerprints):</source>
        <translation>Certificados de confian&amp;za (huellas digitales SHA-256):</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Certificados de confianza</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>El&amp;iminar</translation>
    </message>
    <message>
        <source>Remove the trusted certificate</source>
        <translation>Eliminar el certificado de confianza</translation>
    </message>
    <message>
        <source>Allow sending my token u&amp;nencrypted to this server (plain http)</source>
        <translation>Permitir enviar mi token sin cifr&amp;ar a este servidor (http simple)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;Clear copied tokens after:</source>
        <translation>&amp;Borrar los tokens copiados tras:</translation>
    </message>
    <message>
        <source>Clear copied tokens after, in seconds</source>
        <translation>Segundos tras los que se borran los tokens copiados</translation>
    </message>
    <message>
        <source>How long a copied token stays on the clipboard</source>
        <translation>Cuánto tiempo permanece un token copiado en el portapapeles</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Request timeout for new servers:</source>
        <translation>&amp;Tiempo de espera de solicitud para servidores nuevos:</translation>
    </message>
    <message>
        <source>Request timeout for new servers, in seconds</source>
        <translation>Tiempo de espera de solicitud para servidores nuevos, en segundos</translation>
    </message>
    <message>
        <source>Servers added from now on start with this timeout; each server keeps its own</source>
        <translation>Los servidores que se añadan a partir de ahora empiezan con este tiempo de espera; cada servidor conserva el suyo</translation>
    </message>
    <message>
        <source>&amp;Log in button uses:</source>
        <translation>El botón Iniciar sesión &amp;usa:</translation>
    </message>
    <message>
        <source>Log in button uses</source>
        <translation>El botón Iniciar sesión usa</translation>
    </message>
    <message>
        <source>Start &amp;when I log in to the desktop</source>
        <translation>Iniciar al entrar en el &amp;escritorio</translation>
    </message>
    <message>
        <source>Start &amp;minimised</source>
        <translation>Iniciar &amp;minimizado</translation>
    </message>
    <message>
        <source>&amp;Warn before a token expires:</source>
        <translation>&amp;Avisar antes de que caduque un token:</translation>
    </message>
    <message>
        <source>Warn before a token expires, in minutes</source>
        <translation>Avisar antes de que caduque un token, en minutos</translation>
    </message>
    <message>
        <source>A desktop notice this long before the signed-in token expires</source>
        <translation>Un aviso de escritorio con esta antelación antes de que caduque el token de la sesión</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Remind me to &amp;rotate tokens after:</source>
        <translation>Recordarme &amp;renovar los tokens tras:</translation>
    </message>
    <message>
        <source>Remind me to rotate tokens after, in days; 0 for never</source>
        <translation>Recordarme renovar los tokens tras, en días; 0 para nunca</translation>
    </message>
    <message>
        <source>A notice when a stored token is older than this; 0 turns the reminder off</source>
        <translation>Un aviso cuando un token guardado tenga más antigüedad; 0 desactiva el recordatorio</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>When I close the window</source>
        <translation>Al cerrar la ventana</translation>
    </message>
    <message>
        <source>Applies when the desktop has a system tray; without one, closing the window quits</source>
        <translation>Se aplica cuando el escritorio tiene bandeja del sistema; sin ella, cerrar la ventana cierra la aplicación</translation>
    </message>
    <message>
        <source>When I close the &amp;window:</source>
        <translation>Al cerrar la &amp;ventana:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>A new language applies the next time the app starts</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicia la aplicación</translation>
    </message>
</context>
<context>
    <name>SystemBrowserLoginDialog</name>
    <message>
        <source>Log in with your browser</source>
        <translation>Iniciar sesión con su navegador</translation>
    </message>
    <message>
        <source>Finish signing in in your browser. This window closes by itself when the login arrives.</source>
        <translation>Termine de iniciar sesión en su navegador. Esta ventana se cierra sola cuando llega el inicio de sesión.</translation>
    </message>
    <message>
        <source>Login link</source>
        <translation>Enlace de inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Copy login link</source>
        <translation>&amp;Copiar el enlace de inicio de sesión</translation>
    </message>
    <message>
        <source>For when no browser opened: paste the link into a browser on this computer</source>
        <translation>Para cuando no se abrió ningún navegador: pegue el enlace en un navegador de este equipo</translation>
    </message>
    <message>
        <source>Waiting for the login</source>
        <translation>Esperando el inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Open browser again</source>
        <translation>&amp;Abrir de nuevo el navegador</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sign in to Meshery and manage your tokens.</source>
        <translation>Inicia sesión en Meshery y gestiona sus tokens.</translation>
    </message>
    <message>
        <source>Meshery server address to open.</source>
        <translation>Dirección del servidor de Meshery que se abrirá.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Start the built-in demo server and open it.</source>
        <translation>Inicia el servidor de demostración integrado y lo abre.</translation>
    </message>
</context>
</TS>
