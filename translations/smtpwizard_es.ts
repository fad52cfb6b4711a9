<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AuthExchange</name>
    <message>
        <source>The server does not offer sign-in (no AUTH in its EHLO reply)</source>
        <translation>El servidor no ofrece inicio de sesión (no hay AUTH en su respuesta a EHLO)</translation>
    </message>
    <message>
        <source>The server does not offer sign-in on this unencrypted connection</source>
        <translation>El servidor no ofrece inicio de sesión en esta conexión sin cifrar</translation>
    </message>
    <message>
        <source>The server does not offer AUTH %1; it offers %2</source>
        <translation>El servidor no ofrece AUTH %1; ofrece %2</translation>
    </message>
    <message>
        <source>Not sending the access token over an unencrypted connection</source>
        <translation>No se envía el token de acceso por una conexión sin cifrar</translation>
    </message>
    <message>
        <source>Not sending the password over an unencrypted connection</source>
        <translation>No se envía la contraseña por una conexión sin cifrar</translation>
    </message>
    <message>
        <source>AUTH XOAUTH2 [user name &quot;%1&quot; and access token hidden]</source>
        <translation>AUTH XOAUTH2 [nombre de usuario &quot;%1&quot; y token de acceso ocultos]</translation>
    </message>
    <message>
        <source>AUTH OAUTHBEARER [user name &quot;%1&quot; and access token hidden]</source>
        <translation>AUTH OAUTHBEARER [nombre de usuario &quot;%1&quot; y token de acceso ocultos]</translation>
    </message>
    <message>
        <source>AUTH PLAIN [user name and password hidden]</source>
        <translation>AUTH PLAIN [nombre de usuario y contraseña ocultos]</translation>
    </message>
    <message>
        <source>AQ== [^A: ends the refused sign-in, as RFC 7628 asks]</source>
        <translation>AQ== [^A: termina el inicio de sesión rechazado, como pide el RFC 7628]</translation>
    </message>
    <message>
        <source>[empty line: ends the refused sign-in]</source>
        <translation>[línea vacía: termina el inicio de sesión rechazado]</translation>
    </message>
    <message>
        <source>[user name &quot;%1&quot; and the password&apos;s HMAC-MD5 digest of the challenge, hidden]</source>
        <translation>[nombre de usuario &quot;%1&quot; y resumen HMAC-MD5 del desafío con la contraseña, ocultos]</translation>
    </message>
    <message>
        <source>%1 [user name &quot;%2&quot; in base64]</source>
        <translation>%1 [nombre de usuario &quot;%2&quot; en base64]</translation>
    </message>
    <message>
        <source>[password hidden]</source>
        <translation>[contraseña oculta]</translation>
    </message>
    <message>
        <source>[user name and password hidden]</source>
        <translation>[nombre de usuario y contraseña ocultos]</translation>
    </message>
    <message>
        <source>The server asked for more sign-in data than AUTH %1 has</source>
        <translation>El servidor pidió más datos de inicio de sesión de los que tiene AUTH %1</translation>
    </message>
</context>
<context>
    <name>BatchCommand</name>
    <message>
        <source>%1 holds no address (one address per line)</source>
        <translation>%1 no contiene ninguna dirección (una dirección por línea)</translation>
    </message>
    <message>
        <source>Checking %1 in %2 up to RCPT TO; nothing is sent</source>
        <translation>Comprobando %1 en %2 hasta RCPT TO; no se envía nada</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n dirección</numerusform>
            <numerusform>%n direcciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n dominio</numerusform>
            <numerusform>%n dominios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) already checked in %1: skipped</source>
        <translation>
            <numerusform>%n dirección ya comprobada en %1: omitida</numerusform>
            <numerusform>%n direcciones ya comprobadas en %1: omitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate line(s) skipped</source>
        <translation>
            <numerusform>%n línea duplicada omitida</numerusform>
            <numerusform>%n líneas duplicadas omitidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 is not an address (%2): %3</source>
        <translation>La línea %1 no es una dirección (%2): %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n conexión</numerusform>
            <numerusform>%n conexiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n MX lookup(s)</source>
        <translation>
            <numerusform>%n consulta MX</numerusform>
            <numerusform>%n consultas MX</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchInput</name>
    <message>
        <source>An address with an IP address instead of a domain cannot be checked in a list</source>
        <translation>Una dirección con una dirección IP en lugar de un dominio no se puede comprobar en una lista</translation>
    </message>
</context>
<context>
    <name>BatchProgress</name>
    <message>
        <source>%1/%2 checked, %3 accepted, %4 refused, %5 temporary</source>
        <translation>%1/%2 comprobadas, %3 aceptadas, %4 rechazadas, %5 temporales</translation>
    </message>
    <message numerus="yes">
        <source>, %n error(s)</source>
        <translation>
            <numerusform>, %n error</numerusform>
            <numerusform>, %n errores</numerusform>
        </translation>
    </message>
    <message>
        <source>, done in %1 s</source>
        <translation>, terminado en %1 s</translation>
    </message>
    <message numerus="yes">
        <source>, about %n s left</source>
        <translation>
            <numerusform>, falta aproximadamente %n s</numerusform>
            <numerusform>, faltan aproximadamente %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchWriter</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not the output of a batch check (a line without an address)</source>
        <translation>%1 no es la salida de una comprobación por lotes (hay una línea sin dirección)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>BounceExplainer</name>
    <message>
        <source>The last attempt ended with: %1.</source>
        <translation>El último intento terminó con: %1.</translation>
    </message>
    <message>
        <source>The server that wrote the report leaves the reason out; the whole message was read.</source>
        <translation>El servidor que escribió el informe no indica el motivo; se leyó el mensaje completo.</translation>
    </message>
    <message>
        <source>Test the same recipient with this wizard: the receiving server&apos;s own reply names the reason.</source>
        <translation>Pruebe el mismo destinatario con este asistente: la respuesta del propio servidor receptor indica el motivo.</translation>
    </message>
    <message>
        <source>Delivery delayed</source>
        <translation>Entrega retrasada</translation>
    </message>
    <message>
        <source>The sending server has not delivered the message yet and keeps trying. The report names no reason; status %1 in a delay warning means only that the warning was due.</source>
        <translation>El servidor de envío aún no ha entregado el mensaje y sigue intentándolo. El informe no da ningún motivo; el estado %1 en un aviso de retraso solo significa que tocaba enviar el aviso.</translation>
    </message>
    <message>
        <source>The destination does not answer or keeps deferring the message.</source>
        <translation>El destino no responde o sigue aplazando el mensaje.</translation>
    </message>
    <message>
        <source>Wait: a failure report follows only if the sending server gives up.</source>
        <translation>Espere: solo llegará un informe de error si el servidor de envío se rinde.</translation>
    </message>
    <message>
        <source>Test the destination with this wizard to see why it defers or cannot be reached.</source>
        <translation>Pruebe el destino con este asistente para ver por qué aplaza o no es accesible.</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>Recipient address (RCPT TO); repeat for more.</source>
        <translation>Dirección del destinatario (RCPT TO); repítalo para añadir más.</translation>
    </message>
    <message>
        <source>Sender address (MAIL FROM); &quot;&lt;&gt;&quot; is the null sender.</source>
        <translation>Dirección del remitente (MAIL FROM); &quot;&lt;&gt;&quot; es el remitente nulo.</translation>
    </message>
    <message>
        <source>Domain or address whose mail servers (MX) are tested.</source>
        <translation>Dominio o dirección cuyos servidores de correo (MX) se prueban.</translation>
    </message>
    <message>
        <source>Connect to this server instead of looking up MX.</source>
        <translation>Conectar a este servidor en lugar de consultar los MX.</translation>
    </message>
    <message>
        <source>Port (default 25, or 465 with --security tls).</source>
        <translation>Puerto (predeterminado 25, o 465 con --security tls).</translation>
    </message>
    <message>
        <source>none, starttls (default), starttls-required or tls.</source>
        <translation>none, starttls (predeterminado), starttls-required o tls.</translation>
    </message>
    <message>
        <source>Name sent in EHLO (default: this machine&apos;s name).</source>
        <translation>Nombre enviado en EHLO (predeterminado: el nombre de este equipo).</translation>
    </message>
    <message>
        <source>Sign in with plain, login, auto (the best the server offers), cram-md5, or with an OAuth 2.0 token: xoauth2 or oauthbearer.</source>
        <translation>Iniciar sesión con plain, login, auto (lo mejor que ofrezca el servidor), cram-md5, o con un token OAuth 2.0: xoauth2 u oauthbearer.</translation>
    </message>
    <message>
        <source>User name for signing in (implies --auth plain, or xoauth2 with --token-stdin).</source>
        <translation>Nombre de usuario para iniciar sesión (implica --auth plain, o xoauth2 con --token-stdin).</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Leer la contraseña de la primera línea de la entrada estándar.</translation>
    </message>
    <message>
        <source>Read the OAuth 2.0 access token from the first line of standard input.</source>
        <translation>Leer el token de acceso OAuth 2.0 de la primera línea de la entrada estándar.</translation>
    </message>
    <message>
        <source>Allow signing in over an unencrypted connection.</source>
        <translation>Permitir iniciar sesión por una conexión sin cifrar.</translation>
    </message>
    <message>
        <source>DSN NOTIFY: never, or a list of success,failure,delay.</source>
        <translation>DSN NOTIFY: never, o una lista de success,failure,delay.</translation>
    </message>
    <message>
        <source>Add DSN ORCPT for each recipient.</source>
        <translation>Añadir DSN ORCPT a cada destinatario.</translation>
    </message>
    <message>
        <source>DSN RET: full or hdrs.</source>
        <translation>DSN RET: full o hdrs.</translation>
    </message>
    <message>
        <source>DSN envelope ID.</source>
        <translation>ID de sobre DSN.</translation>
    </message>
    <message>
        <source>Subject of the test message.</source>
        <translation>Asunto del mensaje de prueba.</translation>
    </message>
    <message>
        <source>Text of the test message.</source>
        <translation>Texto del mensaje de prueba.</translation>
    </message>
    <message>
        <source>Read the message text from a file (- for standard input).</source>
        <translation>Leer el texto del mensaje de un archivo (- para la entrada estándar).</translation>
    </message>
    <message>
        <source>Extra header &quot;Name: value&quot;; repeat for more.</source>
        <translation>Encabezado adicional &quot;Nombre: valor&quot;; repítalo para añadir más.</translation>
    </message>
    <message>
        <source>Stop after connect, ehlo, tls, auth, mail or rcpt.</source>
        <translation>Parar después de connect, ehlo, tls, auth, mail o rcpt.</translation>
    </message>
    <message>
        <source>IP address of the DNS server to ask.</source>
        <translation>Dirección IP del servidor DNS al que preguntar.</translation>
    </message>
    <message>
        <source>Limit every step to this many seconds.</source>
        <translation>Limitar cada paso a este número de segundos.</translation>
    </message>
    <message>
        <source>Wait as long as RFC 5321 section 4.5.3.2 says.</source>
        <translation>Esperar tanto como indica la sección 4.5.3.2 del RFC 5321.</translation>
    </message>
    <message>
        <source>Test every MX, not only the first that answers.</source>
        <translation>Probar todos los MX, no solo el primero que responda.</translation>
    </message>
    <message>
        <source>Also check the domain&apos;s SPF, DMARC, MTA-STS, TLS-RPT, DANE and reverse DNS (with --domain or --to).</source>
        <translation>Comprobar también SPF, DMARC, MTA-STS, TLS-RPT, DANE y DNS inverso del dominio (con --domain o --to).</translation>
    </message>
    <message>
        <source>Check whether the server is an open relay (with --server or --domain; no --from, --to or sign-in; never sends a message).</source>
        <translation>Comprobar si el servidor es un relay abierto (con --server o --domain; sin --from, --to ni inicio de sesión; nunca envía un mensaje).</translation>
    </message>
    <message>
        <source>Check every address of this file (one a line) up to RCPT TO, sending nothing; with --from.</source>
        <translation>Comprobar cada dirección de este archivo (una por línea) hasta RCPT TO, sin enviar nada; con --from.</translation>
    </message>
    <message>
        <source>With --batch: write the results here (JSON lines, or CSV for .csv); a second run with the same file checks only the rest.</source>
        <translation>Con --batch: escribir aquí los resultados (líneas JSON, o CSV para .csv); una segunda ejecución con el mismo archivo comprueba solo el resto.</translation>
    </message>
    <message>
        <source>With --batch: connections at once (default 4; one per mail server at a time).</source>
        <translation>Con --batch: conexiones simultáneas (predeterminado 4; una por servidor de correo a la vez).</translation>
    </message>
    <message>
        <source>Use IPv4 only.</source>
        <translation>Usar solo IPv4.</translation>
    </message>
    <message>
        <source>Use IPv6 only.</source>
        <translation>Usar solo IPv6.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Confiar también en los certificados de CA de este archivo PEM.</translation>
    </message>
    <message>
        <source>Go on despite certificate errors, recording them.</source>
        <translation>Continuar a pesar de los errores de certificado, registrándolos.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Mostrar el resultado como JSON.</translation>
    </message>
    <message>
        <source>Do not colour the transcript.</source>
        <translation>No colorear la transcripción.</translation>
    </message>
    <message>
        <source>Explain a server reply instead of running a test.</source>
        <translation>Explicar una respuesta del servidor en lugar de ejecutar una prueba.</translation>
    </message>
    <message>
        <source>Explain a bounce message from a file (- for standard input).</source>
        <translation>Explicar un mensaje de rebote de un archivo (- para la entrada estándar).</translation>
    </message>
    <message>
        <source>With --explain: the step the reply answered (mail, rcpt, ...).</source>
        <translation>Con --explain: el paso al que respondía la respuesta (mail, rcpt, ...).</translation>
    </message>
    <message>
        <source>Write a report (.txt, .html, .pdf or .json); repeat for more.</source>
        <translation>Escribir un informe (.txt, .html, .pdf o .json); repítalo para añadir más.</translation>
    </message>
    <message>
        <source>Hide local parts and the EHLO name in reports.</source>
        <translation>Ocultar las partes locales y el nombre EHLO en los informes.</translation>
    </message>
    <message>
        <source>Keep the password (or access token) in the keychain after a successful sign-in.</source>
        <translation>Guardar la contraseña (o el token de acceso) en el llavero tras un inicio de sesión correcto.</translation>
    </message>
    <message>
        <source>Remove the stored password (with xoauth2 or oauthbearer: the token) for this user and server.</source>
        <translation>Eliminar la contraseña guardada (con xoauth2 u oauthbearer: el token) para este usuario y servidor.</translation>
    </message>
    <message>
        <source>Seed for the order of equal-preference MX (for tests).</source>
        <translation>Semilla para el orden de los MX con igual preferencia (para pruebas).</translation>
    </message>
    <message>
        <source>Tests an SMTP conversation step by step and explains what went wrong.</source>
        <translation>Prueba paso a paso una conversación SMTP y explica qué salió mal.</translation>
    </message>
    <message>
        <source>use %1</source>
        <translation>use %1</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; options start with --</source>
        <translation>Argumento inesperado &quot;%1&quot;; las opciones empiezan por --</translation>
    </message>
    <message>
        <source>give this option only once</source>
        <translation>indique esta opción solo una vez</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>el puerto debe ser un número de 1 a 65535</translation>
    </message>
    <message>
        <source>goes with --auth xoauth2 or --auth oauthbearer</source>
        <translation>va con --auth xoauth2 o --auth oauthbearer</translation>
    </message>
    <message>
        <source>--auth %1 signs in with a token: give it with --token-stdin</source>
        <translation>--auth %1 inicia sesión con un token: indíquelo con --token-stdin</translation>
    </message>
    <message>
        <source>give the message text either with --body or from a file, not both</source>
        <translation>indique el texto del mensaje con --body o desde un archivo, no de ambas formas</translation>
    </message>
    <message>
        <source>give a number of seconds greater than zero and at most %1</source>
        <translation>indique un número de segundos mayor que cero y como máximo %1</translation>
    </message>
    <message>
        <source>cannot be combined with --timeout</source>
        <translation>no se puede combinar con --timeout</translation>
    </message>
    <message>
        <source>needs --domain (or --to): the records belong to a mail domain, not to one server</source>
        <translation>necesita --domain (o --to): los registros pertenecen a un dominio de correo, no a un servidor</translation>
    </message>
    <message>
        <source>cannot be combined with --relay-test: the check picks its own outside addresses, never signs in and stops before DATA</source>
        <translation>no se puede combinar con --relay-test: la comprobación elige sus propias direcciones externas, nunca inicia sesión y se detiene antes de DATA</translation>
    </message>
    <message>
        <source>needs --server or --domain: the server to check</source>
        <translation>necesita --server o --domain: el servidor que se va a comprobar</translation>
    </message>
    <message>
        <source>give a number from 1 to 64</source>
        <translation>indique un número de 1 a 64</translation>
    </message>
    <message>
        <source>only goes with --batch</source>
        <translation>solo va con --batch</translation>
    </message>
    <message>
        <source>cannot be combined with --batch: the list is checked up to RCPT TO, without signing in or sending, one row per address</source>
        <translation>no se puede combinar con --batch: la lista se comprueba hasta RCPT TO, sin iniciar sesión ni enviar, una fila por dirección</translation>
    </message>
    <message>
        <source>-4 and -6 cannot be combined; give neither to use both</source>
        <translation>-4 y -6 no se pueden combinar; no indique ninguno para usar ambos</translation>
    </message>
    <message>
        <source>give a whole number from 0 to 4294967295</source>
        <translation>indique un número entero de 0 a 4294967295</translation>
    </message>
    <message>
        <source>give the reply text to explain</source>
        <translation>indique el texto de la respuesta que se va a explicar</translation>
    </message>
    <message>
        <source>cannot be combined with --explain</source>
        <translation>no se puede combinar con --explain</translation>
    </message>
    <message>
        <source>only goes with --explain or --explain-file</source>
        <translation>solo va con --explain o --explain-file</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the file name must end in .txt, .html, .pdf or .json</source>
        <translation>&quot;%1&quot;: el nombre del archivo debe terminar en .txt, .html, .pdf o .json</translation>
    </message>
    <message>
        <source>cannot be combined with --forget-password</source>
        <translation>no se puede combinar con --forget-password</translation>
    </message>
    <message>
        <source>needs --user: passwords are kept per user and server</source>
        <translation>necesita --user: las contraseñas se guardan por usuario y servidor</translation>
    </message>
    <message>
        <source>Only one of --password-stdin, --token-stdin, --body-file - and --explain-file - can read standard input</source>
        <translation>Solo una de --password-stdin, --token-stdin, --body-file - y --explain-file - puede leer la entrada estándar</translation>
    </message>
    <message>
        <source>Nothing to test: give --domain, --server or --to</source>
        <translation>Nada que probar: indique --domain, --server o --to</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>no se puede leer la entrada estándar</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 ocupa más de %2 bytes</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 no es texto UTF-8</translation>
    </message>
    <message>
        <source>--password-stdin: standard input gave no password</source>
        <translation>--password-stdin: la entrada estándar no dio ninguna contraseña</translation>
    </message>
    <message>
        <source>--password-stdin: the password is not UTF-8 text</source>
        <translation>--password-stdin: la contraseña no es texto UTF-8</translation>
    </message>
    <message>
        <source>--token-stdin: standard input gave no access token</source>
        <translation>--token-stdin: la entrada estándar no dio ningún token de acceso</translation>
    </message>
    <message>
        <source>--token-stdin: the access token is not UTF-8 text</source>
        <translation>--token-stdin: el token de acceso no es texto UTF-8</translation>
    </message>
    <message>
        <source>Language of our messages and explanations: en, de, fr, es (default: the system&apos;s). The servers&apos; own words stay as they were sent.</source>
        <translation>Idioma de nuestros mensajes y explicaciones: en, de, fr, es (predeterminado: el del sistema). Las palabras de los servidores se muestran tal como se enviaron.</translation>
    </message>
    <message>
        <source>give a language code such as de, fr or es</source>
        <translation>indique un código de idioma como de, fr o es</translation>
    </message>
    <message>
        <source>With --all-mx: servers tested at once, each with its own time limits (default 4; 1 is one after another).</source>
        <translation>Con --all-mx: servidores probados a la vez, cada uno con sus propios tiempos de espera (predeterminado 4; 1 es uno tras otro).</translation>
    </message>
    <message>
        <source>Type the SMTP conversation yourself, each reply explained (with --server or --domain; commands from the terminal or standard input, see docs/console.md).</source>
        <translation>Escribir usted mismo la conversación SMTP, con cada respuesta explicada (con --server o --domain; comandos desde el terminal o la entrada estándar, consulte docs/console.md).</translation>
    </message>
    <message>
        <source>With --interactive: the password for /auth, the first line of this file.</source>
        <translation>Con --interactive: la contraseña para /auth, tomada de la primera línea de este archivo.</translation>
    </message>
    <message>
        <source>With --interactive: the access token for /auth, the first line of this file.</source>
        <translation>Con --interactive: el token de acceso para /auth, tomado de la primera línea de este archivo.</translation>
    </message>
    <message>
        <source>Expert console: %1 --interactive (--server HOST[:PORT] | --domain DOMAIN) [--password-file FILE | --token-file FILE] [--report FILE] [--json] &lt; COMMANDS</source>
        <translation>Consola para expertos: %1 --interactive (--server HOST[:PORT] | --domain DOMAIN) [--password-file FILE | --token-file FILE] [--report FILE] [--json] &lt; COMMANDS</translation>
    </message>
    <message>
        <source>give a number from 1 to %1</source>
        <translation>indique un número de 1 a %1</translation>
    </message>
    <message>
        <source>only goes with --all-mx</source>
        <translation>solo va con --all-mx</translation>
    </message>
    <message>
        <source>cannot be combined with --interactive</source>
        <translation>no se puede combinar con --interactive</translation>
    </message>
    <message>
        <source>only goes with --interactive</source>
        <translation>solo va con --interactive</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Try --help for the list of options.</source>
        <translation>Use --help para ver la lista de opciones.</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>no se puede leer la entrada estándar</translation>
    </message>
    <message>
        <source>No access token given, and none could be read from the keychain for %1: %2</source>
        <translation>No se indicó ningún token de acceso y no se pudo leer ninguno del llavero para %1: %2</translation>
    </message>
    <message>
        <source>Give it with --token-stdin (add --save-password to store it).</source>
        <translation>Indíquelo con --token-stdin (añada --save-password para guardarlo).</translation>
    </message>
    <message>
        <source>No password given, and none could be read from the keychain for %1: %2</source>
        <translation>No se indicó ninguna contraseña y no se pudo leer ninguna del llavero para %1: %2</translation>
    </message>
    <message>
        <source>Give it with --password-stdin (add --save-password to store it).</source>
        <translation>Indíquela con --password-stdin (añada --save-password para guardarla).</translation>
    </message>
    <message>
        <source>Using the access token stored in the keychain for %1</source>
        <translation>Se usa el token de acceso guardado en el llavero para %1</translation>
    </message>
    <message>
        <source>Using the password stored in the keychain for %1</source>
        <translation>Se usa la contraseña guardada en el llavero para %1</translation>
    </message>
    <message>
        <source>Could not forget the password for %1: %2</source>
        <translation>No se pudo olvidar la contraseña de %1: %2</translation>
    </message>
    <message>
        <source>No password was stored for %1</source>
        <translation>No había ninguna contraseña guardada para %1</translation>
    </message>
    <message>
        <source>Forgot the password stored for %1</source>
        <translation>Se olvidó la contraseña guardada para %1</translation>
    </message>
    <message>
        <source>Saved the access token in the keychain for %1</source>
        <translation>Token de acceso guardado en el llavero para %1</translation>
    </message>
    <message>
        <source>Saved the password in the keychain for %1</source>
        <translation>Contraseña guardada en el llavero para %1</translation>
    </message>
    <message>
        <source>Could not save the password in the keychain: %1</source>
        <translation>No se pudo guardar la contraseña en el llavero: %1</translation>
    </message>
    <message>
        <source>The password was not saved: the server did not accept a sign-in</source>
        <translation>La contraseña no se guardó: el servidor no aceptó el inicio de sesión</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Informe guardado: %1</translation>
    </message>
</context>
<context>
    <name>ConsoleCommand</name>
    <message>
        <source>The line is %1 bytes long; SMTP allows %2 (1000 with the CRLF)</source>
        <translation>La línea ocupa %1 bytes; SMTP permite %2 (1000 con el CRLF)</translation>
    </message>
    <message>
        <source>The line is not UTF-8 text</source>
        <translation>La línea no es texto UTF-8</translation>
    </message>
    <message>
        <source>/%1 takes no arguments</source>
        <translation>/%1 no admite argumentos</translation>
    </message>
    <message>
        <source>Give the message file: /data FILE</source>
        <translation>Indique el archivo del mensaje: /data FILE</translation>
    </message>
    <message>
        <source>Give the mechanism and the user name: /auth MECH USER</source>
        <translation>Indique el mecanismo y el nombre de usuario: /auth MECH USER</translation>
    </message>
    <message>
        <source>/auth: use %1</source>
        <translation>/auth: use %1</translation>
    </message>
    <message>
        <source>Unknown command /%1; /help lists them</source>
        <translation>Comando /%1 desconocido; /help los enumera</translation>
    </message>
    <message>
        <source>Type SMTP commands as you would in telnet (EHLO, MAIL FROM:&lt;...&gt;, RCPT TO:&lt;...&gt;, DATA, VRFY, NOOP, RSET, QUIT, ...); each line is sent with CRLF and each reply is explained.</source>
        <translation>Escriba los comandos SMTP como lo haría en telnet (EHLO, MAIL FROM:&lt;...&gt;, RCPT TO:&lt;...&gt;, DATA, VRFY, NOOP, RSET, QUIT, ...); cada línea se envía con CRLF y cada respuesta se explica.</translation>
    </message>
    <message>
        <source>/starttls          send STARTTLS and upgrade the connection; shows the certificate</source>
        <translation>/starttls          enviar STARTTLS y cifrar la conexión; muestra el certificado</translation>
    </message>
    <message>
        <source>/auth MECH USER    sign in (MECH: %1); the secret is never shown</source>
        <translation>/auth MECH USER    iniciar sesión (MECH: %1); la contraseña o el token nunca se muestran</translation>
    </message>
    <message>
        <source>/data FILE         send DATA, then the file (CRLF line ends, dot-stuffed), then &quot;.&quot;</source>
        <translation>/data FILE         enviar DATA, luego el archivo (finales de línea CRLF, puntos iniciales duplicados) y después &quot;.&quot;</translation>
    </message>
    <message>
        <source>/quit              send QUIT and end the session (so does the end of the input)</source>
        <translation>/quit              enviar QUIT y terminar la sesión (también al final de la entrada)</translation>
    </message>
    <message>
        <source>/help              this list</source>
        <translation>/help              esta lista</translation>
    </message>
</context>
<context>
    <name>ConsoleConnection</name>
    <message>
        <source>Connecting to %1 (%2:%3)</source>
        <translation>Conectando con %1 (%2:%3)</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Ignored what the server sent after its 220 to STARTTLS and before the TLS handshake: it answers nothing and may have been injected on the way (RFC 3207 §4.2)</source>
        <translation>Se ignoró lo que el servidor envió tras su 220 a STARTTLS y antes del protocolo de enlace TLS: no responde a nada y puede haberse inyectado por el camino (RFC 3207 §4.2)</translation>
    </message>
    <message>
        <source>TLS established: %1, %2</source>
        <translation>TLS establecido: %1, %2</translation>
    </message>
    <message>
        <source>The server sent a reply no command asked for</source>
        <translation>El servidor envió una respuesta que ningún comando esperaba</translation>
    </message>
    <message>
        <source>The server sent a line that is not an SMTP reply</source>
        <translation>El servidor envió una línea que no es una respuesta SMTP</translation>
    </message>
    <message>
        <source>The server sent a reply longer than this program reads</source>
        <translation>El servidor envió una respuesta más larga de lo que este programa puede leer</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Conexión cerrada</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Not sent: a message is being typed; end it with a line &quot;.&quot;</source>
        <translation>No enviado: se está escribiendo un mensaje; termínelo con una línea &quot;.&quot;</translation>
    </message>
    <message>
        <source>Not sent: the connection is closed</source>
        <translation>No enviado: la conexión está cerrada</translation>
    </message>
    <message>
        <source>No message is being typed</source>
        <translation>No se está escribiendo ningún mensaje</translation>
    </message>
    <message>
        <source>The input ended inside the message: closing without sending it</source>
        <translation>La entrada terminó en mitad del mensaje: se cierra sin enviarlo</translation>
    </message>
    <message>
        <source>No answer from this server; trying the next, as a mail server would: %1 (%2)</source>
        <translation>Sin respuesta de este servidor; se prueba el siguiente, como lo haría un servidor de correo: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConsoleState</name>
    <message>
        <source>TLS is already up: a second STARTTLS is refused (RFC 3207 §4.2)</source>
        <translation>TLS ya está activo: se rechaza un segundo STARTTLS (RFC 3207 §4.2)</translation>
    </message>
    <message>
        <source>After STARTTLS the client must greet again (RFC 3207 §4.2): send EHLO first, or the server will likely answer 503</source>
        <translation>Tras STARTTLS el cliente debe saludar de nuevo (RFC 3207 §4.2): envíe primero EHLO o el servidor probablemente responderá 503</translation>
    </message>
    <message>
        <source>%1 before EHLO: most servers answer 503 (bad sequence of commands)</source>
        <translation>%1 antes de EHLO: la mayoría de los servidores responden 503 (secuencia de comandos incorrecta)</translation>
    </message>
    <message>
        <source>The server did not offer STARTTLS in its EHLO reply</source>
        <translation>El servidor no ofreció STARTTLS en su respuesta a EHLO</translation>
    </message>
    <message>
        <source>STARTTLS in the middle of a transaction: the server will likely refuse it</source>
        <translation>STARTTLS en mitad de una transacción: el servidor probablemente lo rechazará</translation>
    </message>
    <message>
        <source>Already signed in: a second AUTH is refused (RFC 4954 §4)</source>
        <translation>Ya hay una sesión iniciada: se rechaza un segundo AUTH (RFC 4954 §4)</translation>
    </message>
    <message>
        <source>AUTH during a mail transaction is not allowed (RFC 4954 §4)</source>
        <translation>AUTH no está permitido durante una transacción de correo (RFC 4954 §4)</translation>
    </message>
    <message>
        <source>The server did not offer AUTH in its EHLO reply</source>
        <translation>El servidor no ofreció AUTH en su respuesta a EHLO</translation>
    </message>
    <message>
        <source>The server did not offer AUTH in its EHLO reply; many offer it only after STARTTLS</source>
        <translation>El servidor no ofreció AUTH en su respuesta a EHLO; muchos solo lo ofrecen tras STARTTLS</translation>
    </message>
    <message>
        <source>A transaction is already open: the server will likely answer 503; send RSET first</source>
        <translation>Ya hay una transacción abierta: el servidor probablemente responderá 503; envíe primero RSET</translation>
    </message>
    <message>
        <source>RCPT before an accepted MAIL FROM: the server will likely answer 503</source>
        <translation>RCPT antes de un MAIL FROM aceptado: el servidor probablemente responderá 503</translation>
    </message>
    <message>
        <source>No recipient was accepted yet: the server will likely answer 554 or 503</source>
        <translation>Todavía no se ha aceptado ningún destinatario: el servidor probablemente responderá 554 o 503</translation>
    </message>
    <message>
        <source>DATA before MAIL FROM and RCPT TO: the server will likely answer 503</source>
        <translation>DATA antes de MAIL FROM y RCPT TO: el servidor probablemente responderá 503</translation>
    </message>
    <message>
        <source>%1 in the middle of a transaction resets it (RFC 5321 §4.1.4)</source>
        <translation>%1 en mitad de una transacción la restablece (RFC 5321 §4.1.4)</translation>
    </message>
    <message>
        <source>Not sending the access token over an unencrypted connection</source>
        <translation>No se envía el token de acceso por una conexión sin cifrar</translation>
    </message>
    <message>
        <source>Not sending the password over an unencrypted connection</source>
        <translation>No se envía la contraseña por una conexión sin cifrar</translation>
    </message>
    <message>
        <source>(use /starttls first, or --allow-plaintext-auth)</source>
        <translation>(use primero /starttls, o --allow-plaintext-auth)</translation>
    </message>
    <message>
        <source>Not sending the secret: the server&apos;s certificate did not verify (give --ca-file, or --tls-insecure to send it anyway)</source>
        <translation>No se envía la contraseña ni el token: el certificado del servidor no superó la verificación (indique --ca-file, o --tls-insecure para enviarlo de todos modos)</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No password is stored in the keychain for %1.</source>
        <translation>No hay ninguna contraseña guardada en el llavero para %1.</translation>
    </message>
    <message>
        <source>The keychain is not available: no Secret Service (such as GNOME Keyring or KWallet) is running. Type the password for this test; it will not be saved.</source>
        <translation>El llavero no está disponible: no hay ningún Secret Service (como GNOME Keyring o KWallet) en ejecución. Escriba la contraseña para esta prueba; no se guardará.</translation>
    </message>
    <message>
        <source>The keychain cannot be reached: there is no D-Bus session bus, or it does not answer. Type the password for this test; it will not be saved.</source>
        <translation>No se puede acceder al llavero: no hay bus de sesión D-Bus, o no responde. Escriba la contraseña para esta prueba; no se guardará.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (for example by signing in to the desktop again) and retry, or type the password for this test.</source>
        <translation>El llavero está bloqueado. Desbloquéelo (por ejemplo, volviendo a iniciar sesión en el escritorio) y vuelva a intentarlo, o escriba la contraseña para esta prueba.</translation>
    </message>
    <message>
        <source>The keychain refused access to the password for %1.</source>
        <translation>El llavero denegó el acceso a la contraseña de %1.</translation>
    </message>
    <message>
        <source>The keychain reported an error for %1.</source>
        <translation>El llavero informó de un error para %1.</translation>
    </message>
</context>
<context>
    <name>DnsConclusions</name>
    <message>
        <source>No MX records: using the domain&apos;s own address (implicit MX)</source>
        <translation>No hay registros MX: se usa la dirección del propio dominio (MX implícito)</translation>
    </message>
    <message>
        <source>%1 does not exist (NXDOMAIN)</source>
        <translation>%1 no existe (NXDOMAIN)</translation>
    </message>
    <message>
        <source>%1 has neither MX records nor an address: it cannot receive mail</source>
        <translation>%1 no tiene registros MX ni dirección: no puede recibir correo</translation>
    </message>
    <message>
        <source>The DNS server failed to answer for %1</source>
        <translation>El servidor DNS falló al responder para %1</translation>
    </message>
    <message>
        <source>The DNS server did not answer for %1</source>
        <translation>El servidor DNS no respondió para %1</translation>
    </message>
    <message>
        <source>None of the mail servers of %1 has a usable address</source>
        <translation>Ninguno de los servidores de correo de %1 tiene una dirección utilizable</translation>
    </message>
    <message>
        <source>%1 has no %2 address, and only %2 was asked for</source>
        <translation>%1 no tiene dirección %2, y solo se pidió %2</translation>
    </message>
    <message>
        <source>%1 has no address records: the MX points nowhere (dangling MX)</source>
        <translation>%1 no tiene registros de dirección: el MX no apunta a ningún sitio (MX colgante)</translation>
    </message>
    <message>
        <source>%1 has no address records</source>
        <translation>%1 no tiene registros de dirección</translation>
    </message>
    <message>
        <source>Reverse DNS of %1: %2 (matches)</source>
        <translation>DNS inverso de %1: %2 (coincide)</translation>
    </message>
    <message>
        <source>Reverse DNS of %1: %2 (not %3)</source>
        <translation>DNS inverso de %1: %2 (no %3)</translation>
    </message>
    <message>
        <source>%1 has no reverse DNS name</source>
        <translation>%1 no tiene nombre de DNS inverso</translation>
    </message>
    <message>
        <source>No answer for the reverse DNS name of %1</source>
        <translation>Sin respuesta para el nombre de DNS inverso de %1</translation>
    </message>
</context>
<context>
    <name>DnsProbe</name>
    <message>
        <source>the system resolver</source>
        <translation>el resolvedor del sistema</translation>
    </message>
    <message>
        <source>DNS server %1</source>
        <translation>servidor DNS %1</translation>
    </message>
    <message>
        <source>Looking up the MX records of %1 (asking %2)</source>
        <translation>Consultando los registros MX de %1 (vía %2)</translation>
    </message>
    <message>
        <source>Looking up the addresses of %1</source>
        <translation>Consultando las direcciones de %1</translation>
    </message>
    <message>
        <source>%1 is an IP address: no DNS lookup needed</source>
        <translation>%1 es una dirección IP: no hace falta consulta DNS</translation>
    </message>
    <message>
        <source>%1 is not an %2 address, and only %2 was asked for</source>
        <translation>%1 no es una dirección %2, y solo se pidió %2</translation>
    </message>
    <message numerus="yes">
        <source>MX lookup for %1: %n record(s)</source>
        <translation>
            <numerusform>Consulta MX de %1: %n registro</numerusform>
            <numerusform>Consulta MX de %1: %n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 publishes a null MX next to other MX records, which RFC 7505 forbids; taking the null MX at its word</source>
        <translation>%1 publica un MX nulo junto a otros registros MX, lo que prohíbe el RFC 7505; se toma el MX nulo al pie de la letra</translation>
    </message>
    <message>
        <source>%1 has a null MX (RFC 7505): the domain accepts no mail</source>
        <translation>%1 tiene un MX nulo (RFC 7505): el dominio no acepta correo</translation>
    </message>
    <message>
        <source>MX preference %1: %2</source>
        <translation>Preferencia MX %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate MX record(s) ignored</source>
        <translation>
            <numerusform>%n registro MX duplicado ignorado</numerusform>
            <numerusform>%n registros MX duplicados ignorados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist (NXDOMAIN)</source>
        <translation>%1 no existe (NXDOMAIN)</translation>
    </message>
    <message>
        <source>The DNS server failed on the MX query for %1: %2</source>
        <translation>El servidor DNS falló en la consulta MX de %1: %2</translation>
    </message>
    <message>
        <source>MX lookup for %1: no MX records; asking for the domain&apos;s own address</source>
        <translation>Consulta MX de %1: no hay registros MX; se pide la dirección del propio dominio</translation>
    </message>
    <message>
        <source>MX lookup for %1 failed after %2 ms (%3); asking for the domain&apos;s own address to tell &quot;no MX records&quot; from &quot;no answer&quot;</source>
        <translation>La consulta MX de %1 falló tras %2 ms (%3); se pide la dirección del propio dominio para distinguir &quot;no hay registros MX&quot; de &quot;sin respuesta&quot;</translation>
    </message>
    <message>
        <source>No answer within %1 ms</source>
        <translation>Sin respuesta en %1 ms</translation>
    </message>
    <message>
        <source>DNS lookups stopped after %1 ms without all answers</source>
        <translation>Las consultas DNS se detuvieron tras %1 ms sin todas las respuestas</translation>
    </message>
    <message>
        <source>The DNS server did not answer the MX query for %1</source>
        <translation>El servidor DNS no respondió a la consulta MX de %1</translation>
    </message>
    <message>
        <source>No answer for the reverse DNS name of %1</source>
        <translation>Sin respuesta para el nombre de DNS inverso de %1</translation>
    </message>
    <message>
        <source>%1 has address %2</source>
        <translation>%1 tiene la dirección %2</translation>
    </message>
    <message>
        <source>No answer for the %1 address of %2 after %3 ms</source>
        <translation>Sin respuesta para la dirección %1 de %2 tras %3 ms</translation>
    </message>
    <message>
        <source>The DNS server failed on the address query for %1: %2</source>
        <translation>El servidor DNS falló en la consulta de dirección de %1: %2</translation>
    </message>
    <message>
        <source>The DNS server answers other questions: the empty answers were real</source>
        <translation>El servidor DNS responde a otras preguntas: las respuestas vacías eran reales</translation>
    </message>
    <message>
        <source>The DNS server does not answer at all</source>
        <translation>El servidor DNS no responde en absoluto</translation>
    </message>
    <message>
        <source>Checking that the DNS server answers at all</source>
        <translation>Comprobando si el servidor DNS responde</translation>
    </message>
</context>
<context>
    <name>DomainName</name>
    <message>
        <source>The domain is empty</source>
        <translation>El dominio está vacío</translation>
    </message>
    <message>
        <source>The domain ends with a dot; remove it</source>
        <translation>El dominio termina en punto; quítelo</translation>
    </message>
    <message>
        <source>The domain has an empty part between dots</source>
        <translation>El dominio tiene una parte vacía entre puntos</translation>
    </message>
    <message>
        <source>The domain contains a control character</source>
        <translation>El dominio contiene un carácter de control</translation>
    </message>
    <message>
        <source>The domain contains a space</source>
        <translation>El dominio contiene un espacio</translation>
    </message>
    <message>
        <source>A part of the domain is longer than %1 characters</source>
        <translation>Una parte del dominio tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>The domain contains &quot;%1&quot;; only letters, digits, hyphens and dots are allowed</source>
        <translation>El dominio contiene &quot;%1&quot;; solo se permiten letras, dígitos, guiones y puntos</translation>
    </message>
    <message>
        <source>A part of the domain starts or ends with a hyphen</source>
        <translation>Una parte del dominio empieza o termina con guion</translation>
    </message>
    <message>
        <source>The domain is longer than %1 characters</source>
        <translation>El dominio tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; is not a valid internationalised domain name</source>
        <translation>El dominio &quot;%1&quot; no es un nombre de dominio internacionalizado válido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IP address, not a domain; write it in square brackets: [%1]</source>
        <translation>&quot;%1&quot; es una dirección IP, no un dominio; escríbala entre corchetes: [%1]</translation>
    </message>
    <message>
        <source>The last part of the domain cannot be only digits</source>
        <translation>La última parte del dominio no puede ser solo dígitos</translation>
    </message>
    <message>
        <source>An address literal is written in square brackets, such as [192.0.2.1]</source>
        <translation>Un literal de dirección se escribe entre corchetes, como [192.0.2.1]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address</source>
        <translation>&quot;%1&quot; no es una dirección IPv6 válida</translation>
    </message>
    <message>
        <source>An IPv6 address literal needs the IPv6: tag, such as [IPv6:%1]</source>
        <translation>Un literal de dirección IPv6 necesita la etiqueta IPv6:, como [IPv6:%1]</translation>
    </message>
    <message>
        <source>Unknown kind of address literal &quot;%1&quot;</source>
        <translation>Tipo de literal de dirección desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 address</source>
        <translation>&quot;%1&quot; no es una dirección IPv4 válida</translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <source>Recipient: %1</source>
        <translation>Destinatario: %1</translation>
    </message>
    <message>
        <source>Answer from: %1</source>
        <translation>Respuesta de: %1</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Paso: %1</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>El servidor dijo: %1</translation>
    </message>
    <message>
        <source>Based on: %1</source>
        <translation>Basado en: %1</translation>
    </message>
    <message>
        <source>Likely causes:</source>
        <translation>Causas probables:</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Próximos pasos:</translation>
    </message>
    <message>
        <source>References: %1</source>
        <translation>Referencias: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>No SMTP reply code, enhanced status code or known error text was found. Paste the whole line the server sent, for example &quot;550 5.1.1 User unknown&quot;, or give the whole bounce message with --explain-file.</source>
        <translation>No se encontró ningún código de respuesta SMTP, código de estado ampliado ni texto de error conocido. Pegue la línea completa que envió el servidor, por ejemplo &quot;550 5.1.1 User unknown&quot;, o indique el mensaje de rebote completo con --explain-file.</translation>
    </message>
    <message>
        <source>No failure was found in this message: its report holds no SMTP reply code, enhanced status code or known error text. Copy the line the receiving server sent, for example &quot;550 5.1.1 User unknown&quot;, and explain it with --explain.</source>
        <translation>No se encontró ningún fallo en este mensaje: su informe no contiene ningún código de respuesta SMTP, código de estado ampliado ni texto de error conocido. Copie la línea que envió el servidor receptor, por ejemplo &quot;550 5.1.1 User unknown&quot;, y explíquela con --explain.</translation>
    </message>
</context>
<context>
    <name>ExplanationReport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>IP address named</source>
        <translation>Dirección IP mencionada</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Bounce written by</source>
        <translation>Rebote escrito por</translation>
    </message>
    <message>
        <source>Answer from</source>
        <translation>Respuesta de</translation>
    </message>
    <message>
        <source>What the error message means (SMTP Wizard)</source>
        <translation>Qué significa el mensaje de error (SMTP Wizard)</translation>
    </message>
    <message>
        <source>Likely causes:</source>
        <translation>Causas probables:</translation>
    </message>
    <message>
        <source>What to do next:</source>
        <translation>Qué hacer a continuación:</translation>
    </message>
    <message>
        <source>Details from the bounce:</source>
        <translation>Detalles del rebote:</translation>
    </message>
    <message>
        <source>References: %1</source>
        <translation>Referencias: %1</translation>
    </message>
    <message>
        <source>The text explained:</source>
        <translation>El texto explicado:</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>Causas probables</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Qué hacer a continuación</translation>
    </message>
    <message>
        <source>Details from the bounce</source>
        <translation>Detalles del rebote</translation>
    </message>
    <message>
        <source>References:</source>
        <translation>Referencias:</translation>
    </message>
    <message>
        <source>The text explained</source>
        <translation>El texto explicado</translation>
    </message>
</context>
<context>
    <name>FieldChecks</name>
    <message>
        <source>Line breaks (CR or LF) are not allowed here</source>
        <translation>Aquí no se permiten saltos de línea (CR o LF)</translation>
    </message>
    <message>
        <source>NUL characters are not allowed here</source>
        <translation>Aquí no se permiten caracteres NUL</translation>
    </message>
    <message>
        <source>%1: line breaks (CR or LF) are not allowed</source>
        <translation>%1: no se permiten saltos de línea (CR o LF)</translation>
    </message>
    <message>
        <source>%1: NUL characters are not allowed</source>
        <translation>%1: no se permiten caracteres NUL</translation>
    </message>
    <message>
        <source>Give a domain or an e-mail address</source>
        <translation>Indique un dominio o una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>An IP address has no mail servers to look up; give it as the server instead</source>
        <translation>Una dirección IP no tiene servidores de correo que consultar; indíquela como servidor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a server and port; give it as the server instead</source>
        <translation>&quot;%1&quot; indica un servidor y un puerto; indíquelo como servidor</translation>
    </message>
    <message>
        <source>Give an e-mail address; the null sender &lt;&gt; is only for MAIL FROM</source>
        <translation>Indique una dirección de correo electrónico; el remitente nulo &lt;&gt; es solo para MAIL FROM</translation>
    </message>
    <message>
        <source>Write an IP address in square brackets: %1</source>
        <translation>Escriba una dirección IP entre corchetes: %1</translation>
    </message>
    <message>
        <source>The EHLO name must be a fully-qualified name such as mail.example.com, or an address literal such as [192.0.2.1]</source>
        <translation>El nombre EHLO debe ser un nombre completo como mail.example.com, o un literal de dirección como [192.0.2.1]</translation>
    </message>
    <message>
        <source>The subject contains a control character</source>
        <translation>El asunto contiene un carácter de control</translation>
    </message>
    <message>
        <source>The subject is longer than %1 bytes</source>
        <translation>El asunto ocupa más de %1 bytes</translation>
    </message>
    <message>
        <source>A header is written &quot;Name: value&quot;; this one has no colon</source>
        <translation>Un encabezado se escribe &quot;Nombre: valor&quot;; este no tiene dos puntos</translation>
    </message>
    <message>
        <source>The header has no name before the colon</source>
        <translation>El encabezado no tiene nombre antes de los dos puntos</translation>
    </message>
    <message>
        <source>A header name cannot contain spaces</source>
        <translation>El nombre de un encabezado no puede contener espacios</translation>
    </message>
    <message>
        <source>A header name may only contain printable ASCII characters</source>
        <translation>El nombre de un encabezado solo puede contener caracteres ASCII imprimibles</translation>
    </message>
    <message>
        <source>The header contains a control character</source>
        <translation>El encabezado contiene un carácter de control</translation>
    </message>
    <message>
        <source>The header is longer than %1 bytes</source>
        <translation>El encabezado ocupa más de %1 bytes</translation>
    </message>
    <message>
        <source>The message text is larger than %1 MB</source>
        <translation>El texto del mensaje ocupa más de %1 MB</translation>
    </message>
    <message>
        <source>Line %1 of the message text is %2 bytes long; SMTP allows at most %3</source>
        <translation>La línea %1 del texto del mensaje ocupa %2 bytes; SMTP permite como máximo %3</translation>
    </message>
    <message>
        <source>Give only the DNS server&apos;s IP address; the port is always 53</source>
        <translation>Indique solo la dirección IP del servidor DNS; el puerto es siempre 53</translation>
    </message>
    <message>
        <source>The DNS server must be an IP address, such as 192.0.2.53 or 2001:db8::53</source>
        <translation>El servidor DNS debe ser una dirección IP, como 192.0.2.53 o 2001:db8::53</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535</source>
        <translation>El puerto debe ser un número de 1 a 65535</translation>
    </message>
    <message>
        <source>The envelope ID is longer than %1 characters</source>
        <translation>El ID de sobre tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>The envelope ID may only contain printable ASCII characters, without spaces</source>
        <translation>El ID de sobre solo puede contener caracteres ASCII imprimibles, sin espacios</translation>
    </message>
    <message>
        <source>The CA certificate file %1 does not exist</source>
        <translation>El archivo de certificados de CA %1 no existe</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 no es un archivo</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read (permissions)</source>
        <translation>El archivo de certificados de CA %1 no se puede leer (permisos)</translation>
    </message>
    <message>
        <source>The file %1 contains no certificate (PEM or DER)</source>
        <translation>El archivo %1 no contiene ningún certificado (PEM o DER)</translation>
    </message>
    <message>
        <source>Every timeout must be longer than zero</source>
        <translation>Todos los tiempos de espera deben ser mayores que cero</translation>
    </message>
    <message numerus="yes">
        <source>A timeout may be at most %n hour(s)</source>
        <translation>
            <numerusform>Un tiempo de espera puede ser como máximo de %n hora</numerusform>
            <numerusform>Un tiempo de espera puede ser como máximo de %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Give &quot;never&quot;, or one or more of success, failure, delay separated by commas</source>
        <translation>Indique &quot;never&quot;, o uno o varios de success, failure, delay separados por comas</translation>
    </message>
    <message>
        <source>Unknown notification &quot;%1&quot;; use never, success, failure or delay</source>
        <translation>Notificación desconocida &quot;%1&quot;; use never, success, failure o delay</translation>
    </message>
    <message>
        <source>&quot;never&quot; cannot be combined with success, failure or delay</source>
        <translation>&quot;never&quot; no se puede combinar con success, failure o delay</translation>
    </message>
</context>
<context>
    <name>HealthCatalog</name>
    <message>
        <source>The DNS server gave no usable answer for %1, so this could not be checked. Try again, or ask another DNS server.</source>
        <translation>El servidor DNS no dio ninguna respuesta utilizable para %1, así que no se pudo comprobar. Vuelva a intentarlo o pregunte a otro servidor DNS.</translation>
    </message>
    <message>
        <source>The domain publishes more than one SPF record. Receivers then treat SPF as broken (permerror, RFC 7208 §4.5): merge them into one record.</source>
        <translation>El dominio publica más de un registro SPF. Los receptores consideran entonces que SPF está roto (permerror, RFC 7208 §4.5): combínelos en un solo registro.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid SPF. Receivers treat the whole record as broken (permerror) and ignore it: correct or remove that part.</source>
        <translation>&quot;%1&quot; no es SPF válido. Los receptores consideran roto todo el registro (permerror) y lo ignoran: corrija o elimine esa parte.</translation>
    </message>
    <message>
        <source>Checking this record takes %1 DNS lookups (include, a, mx, ptr, exists and redirect, counted through every include), more than the 10 receivers allow (RFC 7208 §4.6.4). They then treat SPF as broken: remove includes you no longer use, or list addresses with ip4:/ip6: instead.</source>
        <translation>Comprobar este registro requiere %1 consultas DNS (include, a, mx, ptr, exists y redirect, contadas a través de todos los include), más de las 10 que permiten los receptores (RFC 7208 §4.6.4). Estos consideran entonces que SPF está roto: elimine los include que ya no use, o indique las direcciones con ip4:/ip6:.</translation>
    </message>
    <message>
        <source>The record ends in &quot;+all&quot;: every server on the Internet may send mail for the domain, which makes SPF useless. Use &quot;-all&quot; or &quot;~all&quot;.</source>
        <translation>El registro termina en &quot;+all&quot;: cualquier servidor de Internet puede enviar correo en nombre del dominio, lo que hace inútil SPF. Use &quot;-all&quot; o &quot;~all&quot;.</translation>
    </message>
    <message>
        <source>The record ends in &quot;?all&quot;: servers that are not listed get a neutral result, so SPF protects nothing. Use &quot;~all&quot;, or &quot;-all&quot; once all your senders are listed.</source>
        <translation>El registro termina en &quot;?all&quot;: los servidores que no figuran obtienen un resultado neutral, así que SPF no protege nada. Use &quot;~all&quot;, o &quot;-all&quot; cuando todos sus remitentes figuren en la lista.</translation>
    </message>
    <message>
        <source>The record has no &quot;all&quot; at its end and no redirect: servers that are not listed get a neutral result. End it with &quot;-all&quot; or &quot;~all&quot;.</source>
        <translation>El registro no tiene &quot;all&quot; al final ni redirect: los servidores que no figuran obtienen un resultado neutral. Termínelo con &quot;-all&quot; o &quot;~all&quot;.</translation>
    </message>
    <message>
        <source>Some terms come after &quot;all&quot; and are never looked at: move them before it.</source>
        <translation>Algunos términos van después de &quot;all&quot; y nunca se evalúan: muévalos delante.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ignored because the record also has &quot;all&quot; (RFC 7208 §6.1): keep one of the two.</source>
        <translation>&quot;%1&quot; se ignora porque el registro también tiene &quot;all&quot; (RFC 7208 §6.1): conserve solo uno de los dos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses the ptr mechanism, which is slow and which RFC 7208 §5.5 says not to use; some receivers skip it. List the addresses with ip4:, ip6: or a: instead.</source>
        <translation>&quot;%1&quot; usa el mecanismo ptr, que es lento y que el RFC 7208 §5.5 desaconseja; algunos receptores lo omiten. Indique las direcciones con ip4:, ip6: o a:.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses a macro, which depends on each message: its lookup is counted once, but what it leads to was not checked.</source>
        <translation>&quot;%1&quot; usa una macro, que depende de cada mensaje: su consulta se cuenta una vez, pero no se comprobó a qué conduce.</translation>
    </message>
    <message>
        <source>The record includes %1, which has no SPF record. Receivers treat that as broken SPF (permerror): fix the name or remove the include.</source>
        <translation>El registro incluye %1, que no tiene registro SPF. Los receptores lo consideran SPF roto (permerror): corrija el nombre o elimine el include.</translation>
    </message>
    <message>
        <source>The record includes %1, whose own SPF record is broken (or which has several). Receivers then treat SPF as broken: ask whoever runs %1, or remove the include.</source>
        <translation>El registro incluye %1, cuyo propio registro SPF está roto (o tiene varios). Los receptores consideran entonces que SPF está roto: consulte a quien administre %1, o elimine el include.</translation>
    </message>
    <message>
        <source>The record includes itself again through %1: receivers stop with an error. Remove the loop.</source>
        <translation>El registro se incluye a sí mismo de nuevo a través de %1: los receptores se detienen con un error. Elimine el bucle.</translation>
    </message>
    <message>
        <source>The DNS server did not answer for the included record %1; receivers that meet the same treat SPF as a temporary error.</source>
        <translation>El servidor DNS no respondió para el registro incluido %1; los receptores a los que les ocurra lo mismo tratan SPF como un error temporal.</translation>
    </message>
    <message>
        <source>There is more than one DMARC record at _dmarc: receivers then apply none (RFC 7489 §6.6.3). Keep one.</source>
        <translation>Hay más de un registro DMARC en _dmarc: los receptores no aplican entonces ninguno (RFC 7489 §6.6.3). Conserve uno.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid DMARC; correct it.</source>
        <translation>&quot;%1&quot; no es DMARC válido; corríjalo.</translation>
    </message>
    <message>
        <source>The record has no valid policy (p=none, p=quarantine or p=reject). Receivers ignore such a record, unless it asks for reports: then they read it as p=none.</source>
        <translation>El registro no tiene una política válida (p=none, p=quarantine o p=reject). Los receptores ignoran un registro así, salvo que pida informes: entonces lo interpretan como p=none.</translation>
    </message>
    <message>
        <source>The policy is p=none: receivers only report, and forged mail in the domain&apos;s name is still delivered. Once the reports show that all your own mail passes, move to p=quarantine, then p=reject.</source>
        <translation>La política es p=none: los receptores solo informan, y el correo falsificado en nombre del dominio se sigue entregando. Cuando los informes muestren que todo su correo pasa, cambie a p=quarantine y después a p=reject.</translation>
    </message>
    <message>
        <source>Subdomains have sp=none: forged mail from any subdomain is still delivered, although the domain itself is protected.</source>
        <translation>Los subdominios tienen sp=none: el correo falsificado de cualquier subdominio se sigue entregando, aunque el propio dominio esté protegido.</translation>
    </message>
    <message>
        <source>pct=%1: the policy applies to only part of the failing mail; the rest is treated as if the policy were one step milder.</source>
        <translation>pct=%1: la política se aplica solo a una parte del correo que falla; el resto se trata como si la política fuera un grado más suave.</translation>
    </message>
    <message>
        <source>No rua= address: nobody receives the reports that show who sends mail in the domain&apos;s name. Add rua=mailto: with an address you read.</source>
        <translation>No hay dirección rua=: nadie recibe los informes que muestran quién envía correo en nombre del dominio. Añada rua=mailto: con una dirección que usted lea.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mailto: address receivers can send reports to.</source>
        <translation>&quot;%1&quot; no es una dirección mailto: a la que los receptores puedan enviar informes.</translation>
    </message>
    <message>
        <source>There is more than one MTA-STS record at _mta-sts: senders then ignore MTA-STS (RFC 8461 §3.1). Keep one.</source>
        <translation>Hay más de un registro MTA-STS en _mta-sts: los remitentes ignoran entonces MTA-STS (RFC 8461 §3.1). Conserve uno.</translation>
    </message>
    <message>
        <source>The MTA-STS record is malformed at &quot;%1&quot;; it must read &quot;v=STSv1; id=&quot; and 1 to 32 letters or digits.</source>
        <translation>El registro MTA-STS está mal formado en &quot;%1&quot;; debe decir &quot;v=STSv1; id=&quot; seguido de 1 a 32 letras o dígitos.</translation>
    </message>
    <message>
        <source>A policy file is published, but there is no TXT record at _mta-sts, so senders never fetch it. Add &quot;v=STSv1; id=&quot; and a version there.</source>
        <translation>Se publica un archivo de política, pero no hay registro TXT en _mta-sts, así que los remitentes nunca lo descargan. Añada allí &quot;v=STSv1; id=&quot; y una versión.</translation>
    </message>
    <message>
        <source>The policy file could not be fetched (%1). Senders then use no MTA-STS for the domain, or a copy they fetched before.</source>
        <translation>No se pudo descargar el archivo de política (%1). Los remitentes no usan entonces MTA-STS para el dominio, o usan una copia descargada antes.</translation>
    </message>
    <message>
        <source>The web server of the policy has a certificate that is not trusted (%1). Senders must refuse such a policy: it needs a valid certificate for the mta-sts name.</source>
        <translation>El servidor web de la política tiene un certificado que no es de confianza (%1). Los remitentes deben rechazar una política así: necesita un certificado válido para el nombre mta-sts.</translation>
    </message>
    <message>
        <source>The web server answered HTTP %1 instead of 200 with the policy (senders do not follow redirects, RFC 8461 §3.3).</source>
        <translation>El servidor web respondió HTTP %1 en lugar de 200 con la política (los remitentes no siguen redirecciones, RFC 8461 §3.3).</translation>
    </message>
    <message>
        <source>The policy file is served as &quot;%1&quot;; it must be text/plain.</source>
        <translation>El archivo de política se sirve como &quot;%1&quot;; debe ser text/plain.</translation>
    </message>
    <message>
        <source>The policy file is larger than 64 KiB; senders may refuse it.</source>
        <translation>El archivo de política ocupa más de 64 KiB; los remitentes pueden rechazarlo.</translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; of the policy file is not valid.</source>
        <translation>La línea &quot;%1&quot; del archivo de política no es válida.</translation>
    </message>
    <message>
        <source>The policy file needs exactly one line &quot;version: STSv1&quot;.</source>
        <translation>El archivo de política necesita exactamente una línea &quot;version: STSv1&quot;.</translation>
    </message>
    <message>
        <source>The policy&apos;s mode must be enforce, testing or none.</source>
        <translation>El modo de la política debe ser enforce, testing o none.</translation>
    </message>
    <message>
        <source>mode: testing: senders report problems but still deliver over unencrypted or unverified connections. Switch to enforce once the reports are clean.</source>
        <translation>mode: testing: los remitentes informan de los problemas pero siguen entregando por conexiones sin cifrar o sin verificar. Cambie a enforce cuando los informes estén limpios.</translation>
    </message>
    <message>
        <source>mode: none: the policy withdraws MTA-STS, and senders no longer insist on encryption.</source>
        <translation>mode: none: la política retira MTA-STS y los remitentes ya no exigen cifrado.</translation>
    </message>
    <message>
        <source>max_age must be a number of seconds, at most 31557600 (a year).</source>
        <translation>max_age debe ser un número de segundos, como máximo 31557600 (un año).</translation>
    </message>
    <message>
        <source>max_age is %1 seconds, less than a day: senders forget the policy quickly, which weakens it. Weeks are usual (604800 is one).</source>
        <translation>max_age es %1 segundos, menos de un día: los remitentes olvidan pronto la política, lo que la debilita. Lo habitual son semanas (604800 es una).</translation>
    </message>
    <message>
        <source>The policy lists no mx: lines, so no mail server matches it.</source>
        <translation>La política no tiene líneas mx:, así que ningún servidor de correo coincide con ella.</translation>
    </message>
    <message>
        <source>The mail server %1 is not covered by any mx: line of the policy. In enforce mode senders refuse to deliver to it: add it to the policy.</source>
        <translation>El servidor de correo %1 no está cubierto por ninguna línea mx: de la política. En modo enforce los remitentes se niegan a entregarle correo: añádalo a la política.</translation>
    </message>
    <message>
        <source>There is more than one TLS-RPT record at _smtp._tls: senders then send no reports. Keep one.</source>
        <translation>Hay más de un registro TLS-RPT en _smtp._tls: los remitentes no envían entonces ningún informe. Conserve uno.</translation>
    </message>
    <message>
        <source>The TLS-RPT record is malformed at &quot;%1&quot;; it must read &quot;v=TLSRPTv1; rua=&quot; and where reports go.</source>
        <translation>El registro TLS-RPT está mal formado en &quot;%1&quot;; debe decir &quot;v=TLSRPTv1; rua=&quot; seguido del destino de los informes.</translation>
    </message>
    <message>
        <source>The record has no rua= address, so reports go nowhere.</source>
        <translation>El registro no tiene dirección rua=, así que los informes no llegan a ningún sitio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a mailto: address nor an https: address.</source>
        <translation>&quot;%1&quot; no es una dirección mailto: ni una dirección https:.</translation>
    </message>
    <message>
        <source>Not checked: this program cannot ask the DNS server in use for TLSA records (%1). Check with the system&apos;s resolver, or with a tool such as dig.</source>
        <translation>No comprobado: este programa no puede pedir registros TLSA al servidor DNS en uso (%1). Compruébelo con el resolvedor del sistema o con una herramienta como dig.</translation>
    </message>
    <message>
        <source>TLSA records were found for %1, but the DNS server did not confirm them as DNSSEC-signed. Senders use DANE only with signed answers: sign the zone, or ask a validating resolver.</source>
        <translation>Se encontraron registros TLSA para %1, pero el servidor DNS no confirmó que estén firmados con DNSSEC. Los remitentes solo usan DANE con respuestas firmadas: firme la zona o pregunte a un resolvedor que valide.</translation>
    </message>
    <message>
        <source>The TLSA record &quot;%1&quot; is malformed (an unknown usage, selector or matching type, or data of the wrong length); senders cannot use it.</source>
        <translation>El registro TLSA &quot;%1&quot; está mal formado (uso, selector o tipo de coincidencia desconocido, o datos de longitud incorrecta); los remitentes no pueden usarlo.</translation>
    </message>
    <message>
        <source>The TLSA record &quot;%1&quot; has usage 0 or 1, which mail servers ignore (RFC 7672 §3.1.3). Publish usage 3 (DANE-EE) or 2 (DANE-TA).</source>
        <translation>El registro TLSA &quot;%1&quot; tiene uso 0 o 1, que los servidores de correo ignoran (RFC 7672 §3.1.3). Publique uso 3 (DANE-EE) o 2 (DANE-TA).</translation>
    </message>
    <message>
        <source>%1 has no TLSA records, though other mail servers of the domain have: senders cannot verify it the same way.</source>
        <translation>%1 no tiene registros TLSA, aunque otros servidores de correo del dominio sí: los remitentes no pueden verificarlo de la misma forma.</translation>
    </message>
    <message>
        <source>The address has no reverse DNS name. Many receivers refuse or distrust mail from such addresses; it matters when this server also sends mail.</source>
        <translation>La dirección no tiene nombre de DNS inverso. Muchos receptores rechazan o desconfían del correo procedente de estas direcciones; importa si este servidor también envía correo.</translation>
    </message>
    <message>
        <source>The reverse name %1 does not lead back to this address, so the reverse DNS is not forward-confirmed. Receivers treat that like no reverse name: add the address to the name&apos;s A or AAAA records.</source>
        <translation>El nombre inverso %1 no lleva de vuelta a esta dirección, así que el DNS inverso no está confirmado en sentido directo. Los receptores lo tratan como si no hubiera nombre inverso: añada la dirección a los registros A o AAAA del nombre.</translation>
    </message>
    <message>
        <source>The DNS server did not answer for the reverse name %1, so it could not be confirmed.</source>
        <translation>El servidor DNS no respondió para el nombre inverso %1, así que no se pudo confirmar.</translation>
    </message>
    <message>
        <source>No greeting was read from this address (the test did not talk to it, or could not), so its name could not be compared.</source>
        <translation>No se leyó ningún saludo desde esta dirección (la prueba no habló con ella o no pudo), así que no se pudo comparar su nombre.</translation>
    </message>
    <message>
        <source>The server&apos;s greeting names no host.</source>
        <translation>El saludo del servidor no indica ningún host.</translation>
    </message>
    <message>
        <source>The server greets as %1, which is not its reverse DNS name. Receivers do not require them to match, but spam filters often count it against a sender: set the server&apos;s host name (Postfix: myhostname) to the reverse name, or the other way round.</source>
        <translation>El servidor se presenta como %1, que no es su nombre de DNS inverso. Los receptores no exigen que coincidan, pero los filtros de spam suelen penalizarlo: configure el nombre de host del servidor (Postfix: myhostname) con el nombre inverso, o al revés.</translation>
    </message>
    <message>
        <source>SPF lists the servers allowed to send mail for the domain; receivers check it to spot forged senders.</source>
        <translation>SPF indica los servidores autorizados a enviar correo en nombre del dominio; los receptores lo comprueban para detectar remitentes falsificados.</translation>
    </message>
    <message>
        <source>DMARC tells receivers what to do with mail in the domain&apos;s name that fails SPF and DKIM, and where to send reports about it.</source>
        <translation>DMARC indica a los receptores qué hacer con el correo en nombre del dominio que falla SPF y DKIM, y adónde enviar informes sobre ello.</translation>
    </message>
    <message>
        <source>MTA-STS tells sending servers to deliver to the domain only over encrypted, verified connections, so nobody on the way can read or divert the mail.</source>
        <translation>MTA-STS indica a los servidores remitentes que entreguen al dominio solo por conexiones cifradas y verificadas, para que nadie en el camino pueda leer ni desviar el correo.</translation>
    </message>
    <message>
        <source>TLS-RPT asks sending servers to report when they could not set up encryption to the domain&apos;s mail servers.</source>
        <translation>TLS-RPT pide a los servidores remitentes que informen cuando no hayan podido establecer cifrado con los servidores de correo del dominio.</translation>
    </message>
    <message>
        <source>DANE publishes the mail servers&apos; certificates in DNSSEC-signed TLSA records, so senders can verify them without trusting a certificate authority.</source>
        <translation>DANE publica los certificados de los servidores de correo en registros TLSA firmados con DNSSEC, para que los remitentes puedan verificarlos sin confiar en una autoridad de certificación.</translation>
    </message>
    <message>
        <source>Receivers look up the reverse DNS name of a sending server&apos;s address and check that the name leads back to the same address.</source>
        <translation>Los receptores consultan el nombre de DNS inverso de la dirección de un servidor remitente y comprueban que el nombre lleva de vuelta a la misma dirección.</translation>
    </message>
    <message>
        <source>A mail server names itself in its greeting; receivers compare that name with the reverse DNS name of its address.</source>
        <translation>Un servidor de correo se identifica en su saludo; los receptores comparan ese nombre con el nombre de DNS inverso de su dirección.</translation>
    </message>
    <message>
        <source>The domain publishes one valid SPF record.</source>
        <translation>El dominio publica un registro SPF válido.</translation>
    </message>
    <message>
        <source>The domain publishes none: receivers cannot tell forged mail in its name from real mail, and some refuse mail from domains without SPF. Publish one, e.g. &quot;v=spf1 mx -all&quot; if only the mail servers send.</source>
        <translation>El dominio no publica ninguno: los receptores no pueden distinguir el correo falsificado en su nombre del real, y algunos rechazan el correo de dominios sin SPF. Publique uno, p. ej. &quot;v=spf1 mx -all&quot; si solo envían los servidores de correo.</translation>
    </message>
    <message>
        <source>The domain publishes a DMARC policy that protects it, and reports go to an address.</source>
        <translation>El dominio publica una política DMARC que lo protege, y los informes van a una dirección.</translation>
    </message>
    <message>
        <source>There is no record at _dmarc: receivers decide alone what to do with forged mail in the domain&apos;s name, and nobody gets reports. Large mail providers expect one from bulk senders; start with &quot;v=DMARC1; p=none; rua=mailto:…&quot;.</source>
        <translation>No hay ningún registro en _dmarc: los receptores deciden por su cuenta qué hacer con el correo falsificado en nombre del dominio, y nadie recibe informes. Los grandes proveedores de correo lo esperan de los remitentes masivos; empiece con &quot;v=DMARC1; p=none; rua=mailto:…&quot;.</translation>
    </message>
    <message>
        <source>The record and the policy file are in place, and the policy covers every mail server.</source>
        <translation>El registro y el archivo de política están en su sitio, y la política cubre todos los servidores de correo.</translation>
    </message>
    <message>
        <source>The domain publishes no MTA-STS policy. It is optional; without it, mail to the domain can be sent unencrypted when someone on the way removes the offer of encryption.</source>
        <translation>El dominio no publica ninguna política MTA-STS. Es opcional; sin ella, el correo al dominio puede enviarse sin cifrar si alguien en el camino elimina la oferta de cifrado.</translation>
    </message>
    <message>
        <source>Reports about failed encryption go to the address in the record.</source>
        <translation>Los informes sobre cifrado fallido van a la dirección del registro.</translation>
    </message>
    <message>
        <source>There is no record at _smtp._tls. It is optional; without it you hear of encryption problems only from senders&apos; bounces.</source>
        <translation>No hay ningún registro en _smtp._tls. Es opcional; sin él, solo se entera de los problemas de cifrado por los rebotes de los remitentes.</translation>
    </message>
    <message>
        <source>Every mail server has valid, DNSSEC-signed TLSA records.</source>
        <translation>Todos los servidores de correo tienen registros TLSA válidos y firmados con DNSSEC.</translation>
    </message>
    <message>
        <source>No mail server has TLSA records. DANE is optional and needs a DNSSEC-signed zone.</source>
        <translation>Ningún servidor de correo tiene registros TLSA. DANE es opcional y necesita una zona firmada con DNSSEC.</translation>
    </message>
    <message>
        <source>The address has a reverse name, and that name leads back to it.</source>
        <translation>La dirección tiene un nombre inverso, y ese nombre lleva de vuelta a ella.</translation>
    </message>
    <message>
        <source>The address has no reverse name.</source>
        <translation>La dirección no tiene nombre inverso.</translation>
    </message>
    <message>
        <source>Here the reverse name does not lead back to the address, which receivers count like having no reverse name.</source>
        <translation>Aquí el nombre inverso no lleva de vuelta a la dirección, lo que los receptores tratan como si no hubiera nombre inverso.</translation>
    </message>
    <message>
        <source>Here it could not be checked (see below).</source>
        <translation>Aquí no se pudo comprobar (vea más abajo).</translation>
    </message>
    <message>
        <source>Here the two could not be matched (see below); mail still flows, but some spam filters notice.</source>
        <translation>Aquí no se pudieron emparejar los dos (vea más abajo); el correo sigue circulando, pero algunos filtros de spam lo notan.</translation>
    </message>
    <message>
        <source>The greeting names the server as its reverse DNS name does.</source>
        <translation>El saludo nombra al servidor igual que su nombre de DNS inverso.</translation>
    </message>
    <message>
        <source>For other servers</source>
        <translation>Para otros servidores</translation>
    </message>
    <message>
        <source>DNS lookups (at most 10)</source>
        <translation>Consultas DNS (10 como máximo)</translation>
    </message>
    <message>
        <source>No record of its own; the record of this parent domain applies</source>
        <translation>Sin registro propio; se aplica el registro de este dominio superior</translation>
    </message>
    <message>
        <source>Policy that applies to this domain</source>
        <translation>Política que se aplica a este dominio</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Policy for subdomains</source>
        <translation>Política para subdominios</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Informes a</translation>
    </message>
    <message>
        <source>Share of mail the policy applies to</source>
        <translation>Proporción del correo a la que se aplica la política</translation>
    </message>
    <message>
        <source>Policy version (id)</source>
        <translation>Versión de la política (id)</translation>
    </message>
    <message>
        <source>Policy file</source>
        <translation>Archivo de política</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Mail servers in the policy</source>
        <translation>Servidores de correo en la política</translation>
    </message>
    <message>
        <source>Kept by senders for (seconds)</source>
        <translation>Conservada por los remitentes durante (segundos)</translation>
    </message>
    <message>
        <source>TLSA records</source>
        <translation>Registros TLSA</translation>
    </message>
    <message>
        <source>Signed (DNSSEC)</source>
        <translation>Firmado (DNSSEC)</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>%1 (found: %2)</source>
        <translation>%1 (encontrado: %2)</translation>
    </message>
    <message>
        <source>It is in order.</source>
        <translation>Está en orden.</translation>
    </message>
    <message>
        <source>Nothing is published for it.</source>
        <translation>No hay nada publicado.</translation>
    </message>
    <message>
        <source>What is published is broken: receivers treat it as an error or ignore it. The problems below say what to change.</source>
        <translation>Lo publicado está roto: los receptores lo tratan como un error o lo ignoran. Los problemas de abajo indican qué cambiar.</translation>
    </message>
    <message>
        <source>It works, but the points below are worth a look.</source>
        <translation>Funciona, pero conviene revisar los puntos de abajo.</translation>
    </message>
</context>
<context>
    <name>HealthJudge</name>
    <message>
        <source>%1 has no address in the DNS</source>
        <translation>%1 no tiene dirección en el DNS</translation>
    </message>
</context>
<context>
    <name>HealthReportSection</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Domain health of %1</source>
        <translation>Salud del dominio %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Qué se encontró</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The list of earlier tests could not be saved in %1: %2</source>
        <translation>No se pudo guardar la lista de pruebas anteriores en %1: %2</translation>
    </message>
    <message>
        <source>An old test could not be removed from %1: %2</source>
        <translation>No se pudo eliminar una prueba antigua de %1: %2</translation>
    </message>
    <message>
        <source>The folder for earlier tests could not be created: %1</source>
        <translation>No se pudo crear la carpeta de pruebas anteriores: %1</translation>
    </message>
    <message>
        <source>The test could not be kept in the history (%1): %2</source>
        <translation>No se pudo conservar la prueba en el historial (%1): %2</translation>
    </message>
    <message>
        <source>This test is no longer in the history.</source>
        <translation>Esta prueba ya no está en el historial.</translation>
    </message>
    <message>
        <source>This test could not be opened: %1</source>
        <translation>No se pudo abrir esta prueba: %1</translation>
    </message>
    <message>
        <source>The test could not be removed from %1: %2</source>
        <translation>No se pudo eliminar la prueba de %1: %2</translation>
    </message>
</context>
<context>
    <name>HtmlAttemptSection</name>
    <message>
        <source>Likely causes</source>
        <translation>Causas probables</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>References: %1</source>
        <translation>Referencias: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>fallo</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>hallazgo</translation>
    </message>
    <message>
        <source>What the replies mean</source>
        <translation>Qué significan las respuestas</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>The TLS handshake did not complete: nothing was verified.</source>
        <translation>El protocolo de enlace TLS no se completó: no se verificó nada.</translation>
    </message>
    <message>
        <source>The certificate was verified.</source>
        <translation>El certificado se verificó.</translation>
    </message>
    <message>
        <source>The certificate could not be verified; the test went on anyway.</source>
        <translation>No se pudo verificar el certificado; la prueba continuó de todos modos.</translation>
    </message>
    <message>
        <source>The certificate could not be verified.</source>
        <translation>No se pudo verificar el certificado.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujeto</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Names (SAN)</source>
        <translation>Nombres (SAN)</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>autofirmado</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Tiempos</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>%1 at %2, after %3</source>
        <translation>%1 en %2, tras %3</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>What the server offers (EHLO)</source>
        <translation>Qué ofrece el servidor (EHLO)</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>(asked %1)</source>
        <translation>(se preguntó a %1)</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
    <message>
        <source>Colours in the transcript</source>
        <translation>Colores de la transcripción</translation>
    </message>
    <message>
        <source>C: %1</source>
        <translation>C: %1</translation>
    </message>
    <message>
        <source>*: %1</source>
        <translation>*: %1</translation>
    </message>
    <message>
        <source>Test plan</source>
        <translation>Plan de la prueba</translation>
    </message>
    <message>
        <source>Mail servers (DNS) for %1</source>
        <translation>Servidores de correo (DNS) de %1</translation>
    </message>
    <message>
        <source>Asked %1; the answer took %2.</source>
        <translation>Consulta vía %1; la respuesta tardó %2.</translation>
    </message>
    <message>
        <source>this computer&apos;s resolver</source>
        <translation>el resolvedor de este equipo</translation>
    </message>
    <message>
        <source>Null MX: the domain says it accepts no mail (RFC 7505).</source>
        <translation>MX nulo: el dominio indica que no acepta correo (RFC 7505).</translation>
    </message>
    <message>
        <source>No MX records: the domain&apos;s own address is used (implicit MX).</source>
        <translation>No hay registros MX: se usa la dirección del propio dominio (MX implícito).</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Preferencia</translation>
    </message>
    <message>
        <source>Mail server (MX)</source>
        <translation>Servidor de correo (MX)</translation>
    </message>
    <message>
        <source>Reverse DNS (PTR)</source>
        <translation>DNS inverso (PTR)</translation>
    </message>
    <message>
        <source>implicit</source>
        <translation>implícito</translation>
    </message>
    <message>
        <source>no addresses</source>
        <translation>sin direcciones</translation>
    </message>
    <message>
        <source>Looking up the mail servers</source>
        <translation>Consultando los servidores de correo</translation>
    </message>
    <message>
        <source>Made by SMTP Wizard %1 on %2 at %3. Times are UTC. Passwords are never included in reports.</source>
        <translation>Generado por SMTP Wizard %1 el %2 a las %3. Las horas están en UTC. Los informes nunca incluyen contraseñas.</translation>
    </message>
</context>
<context>
    <name>InteractiveCommand</name>
    <message>
        <source>cannot open %1</source>
        <translation>no se puede abrir %1</translation>
    </message>
    <message>
        <source>Type SMTP commands; /help lists the console&apos;s own, /quit or Ctrl-D ends.</source>
        <translation>Escriba comandos SMTP; /help enumera los propios de la consola, /quit o Ctrl-D termina.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Using the access token stored in the keychain for %1</source>
        <translation>Se usa el token de acceso guardado en el llavero para %1</translation>
    </message>
    <message>
        <source>Using the password stored in the keychain for %1</source>
        <translation>Se usa la contraseña guardada en el llavero para %1</translation>
    </message>
    <message>
        <source>Not sent: no secret for %1 in the keychain (%2); give it with %3</source>
        <translation>No enviado: no hay contraseña ni token para %1 en el llavero (%2); indíquelo con %3</translation>
    </message>
    <message>
        <source>Access token for %1 (not shown): </source>
        <translation>Token de acceso para %1 (no se muestra): </translation>
    </message>
    <message>
        <source>Password for %1 (not shown): </source>
        <translation>Contraseña para %1 (no se muestra): </translation>
    </message>
    <message>
        <source>Not sent: the secret is empty</source>
        <translation>No enviado: la contraseña o el token está vacío</translation>
    </message>
    <message>
        <source>Not sent: /data: %1</source>
        <translation>No enviado: /data: %1</translation>
    </message>
    <message>
        <source>TLS: %1, %2</source>
        <translation>TLS: %1, %2</translation>
    </message>
    <message>
        <source>  certificate subject: %1</source>
        <translation>  sujeto del certificado: %1</translation>
    </message>
    <message>
        <source>  issuer: %1</source>
        <translation>  emisor: %1</translation>
    </message>
    <message>
        <source>  verification: the certificate is valid and trusted for this name</source>
        <translation>  verificación: el certificado es válido y de confianza para este nombre</translation>
    </message>
    <message>
        <source>  verification: FAILED (the session goes on; /auth will not send a secret over it)</source>
        <translation>  verificación: FALLIDA (la sesión continúa; /auth no enviará por ella ninguna contraseña ni token)</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Informe guardado: %1</translation>
    </message>
</context>
<context>
    <name>MailAddress</name>
    <message>
        <source>The address contains a line break</source>
        <translation>La dirección contiene un salto de línea</translation>
    </message>
    <message>
        <source>The address contains a control character</source>
        <translation>La dirección contiene un carácter de control</translation>
    </message>
    <message>
        <source>The address starts with &lt; but does not end with &gt;</source>
        <translation>La dirección empieza por &lt; pero no termina en &gt;</translation>
    </message>
    <message>
        <source>The address ends with &gt; but does not start with &lt;</source>
        <translation>La dirección termina en &gt; pero no empieza por &lt;</translation>
    </message>
    <message>
        <source>The address is empty</source>
        <translation>La dirección está vacía</translation>
    </message>
    <message>
        <source>Source routes (&quot;@host:&quot;) are obsolete; give only the address</source>
        <translation>Las rutas de origen (&quot;@host:&quot;) están obsoletas; indique solo la dirección</translation>
    </message>
    <message>
        <source>There is nothing before the @</source>
        <translation>No hay nada antes de la @</translation>
    </message>
    <message>
        <source>A backslash in the quoted part before @ must be followed by a printable character</source>
        <translation>Una barra invertida en la parte entre comillas antes de la @ debe ir seguida de un carácter imprimible</translation>
    </message>
    <message>
        <source>The quoted part before @ contains a character that is not allowed</source>
        <translation>La parte entre comillas antes de la @ contiene un carácter no permitido</translation>
    </message>
    <message>
        <source>The quoted part before @ has no closing quote</source>
        <translation>A la parte entre comillas antes de la @ le falta la comilla de cierre</translation>
    </message>
    <message>
        <source>The address has no @</source>
        <translation>La dirección no tiene @</translation>
    </message>
    <message>
        <source>The closing quote must be followed by @</source>
        <translation>La comilla de cierre debe ir seguida de @</translation>
    </message>
    <message>
        <source>The quoted part before @ is empty</source>
        <translation>La parte entre comillas antes de la @ está vacía</translation>
    </message>
    <message>
        <source>The part before @ contains a space; put it in quotes (&quot;...&quot;) if it is meant</source>
        <translation>La parte antes de la @ contiene un espacio; póngala entre comillas (&quot;...&quot;) si es intencionado</translation>
    </message>
    <message>
        <source>The part before @ contains &quot;%1&quot;, which is only allowed inside quotes</source>
        <translation>La parte antes de la @ contiene &quot;%1&quot;, que solo se permite entre comillas</translation>
    </message>
    <message>
        <source>The part before @ starts or ends with a dot, or has two dots in a row</source>
        <translation>La parte antes de la @ empieza o termina con un punto, o tiene dos puntos seguidos</translation>
    </message>
    <message>
        <source>The part before @ is longer than %1 characters</source>
        <translation>La parte antes de la @ tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>There is nothing after the @</source>
        <translation>No hay nada después de la @</translation>
    </message>
    <message>
        <source>The address has more than one @</source>
        <translation>La dirección tiene más de una @</translation>
    </message>
    <message>
        <source>The address is longer than %1 characters</source>
        <translation>La dirección tiene más de %1 caracteres</translation>
    </message>
</context>
<context>
    <name>MailPreparation</name>
    <message>
        <source>The server does not offer 8BITMIME: the text is sent as quoted-printable</source>
        <translation>El servidor no ofrece 8BITMIME: el texto se envía como quoted-printable</translation>
    </message>
    <message>
        <source>The message has %1 bytes; the server accepts at most %2</source>
        <translation>El mensaje tiene %1 bytes; el servidor acepta como máximo %2</translation>
    </message>
    <message>
        <source>An address has non-ASCII characters before the @, and the server does not offer SMTPUTF8</source>
        <translation>Una dirección tiene caracteres no ASCII antes de la @ y el servidor no ofrece SMTPUTF8</translation>
    </message>
    <message>
        <source>The server does not offer DSN: delivery notifications (NOTIFY, RET, ENVID) are left out</source>
        <translation>El servidor no ofrece DSN: se omiten las notificaciones de entrega (NOTIFY, RET, ENVID)</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>%1 or %2</source>
        <comment>a list of choices: &quot;a, b&quot; or &quot;c&quot;</comment>
        <translation>%1 o %2</translation>
    </message>
</context>
<context>
    <name>Model::AttemptOutcome</name>
    <message>
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>aplazado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>Model::Auth</name>
    <message>
        <source>No sign-in</source>
        <translation>Sin inicio de sesión</translation>
    </message>
    <message>
        <source>Password, sent in one step (AUTH PLAIN)</source>
        <translation>Contraseña, enviada en un paso (AUTH PLAIN)</translation>
    </message>
    <message>
        <source>Password, asked for in two steps (AUTH LOGIN)</source>
        <translation>Contraseña, pedida en dos pasos (AUTH LOGIN)</translation>
    </message>
    <message>
        <source>Password (automatic: what the server offers)</source>
        <translation>Contraseña (automático: lo que ofrezca el servidor)</translation>
    </message>
    <message>
        <source>Password, proved without sending it (AUTH CRAM-MD5, older servers)</source>
        <translation>Contraseña, demostrada sin enviarla (AUTH CRAM-MD5, servidores antiguos)</translation>
    </message>
    <message>
        <source>OAuth 2.0 token (AUTH XOAUTH2: Microsoft 365, Gmail)</source>
        <translation>Token OAuth 2.0 (AUTH XOAUTH2: Microsoft 365, Gmail)</translation>
    </message>
    <message>
        <source>OAuth 2.0 token (AUTH OAUTHBEARER, RFC 7628)</source>
        <translation>Token OAuth 2.0 (AUTH OAUTHBEARER, RFC 7628)</translation>
    </message>
</context>
<context>
    <name>Model::BatchOutcome</name>
    <message>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>temporal</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
</context>
<context>
    <name>Model::Category</name>
    <message>
        <source>everything asked for was accepted</source>
        <translation>se aceptó todo lo solicitado</translation>
    </message>
    <message>
        <source>the mailbox does not exist</source>
        <translation>el buzón no existe</translation>
    </message>
    <message>
        <source>the recipient has moved to another address</source>
        <translation>el destinatario se ha trasladado a otra dirección</translation>
    </message>
    <message>
        <source>the mailbox is full</source>
        <translation>el buzón está lleno</translation>
    </message>
    <message>
        <source>the mailbox is disabled</source>
        <translation>el buzón está desactivado</translation>
    </message>
    <message>
        <source>the message is too large</source>
        <translation>el mensaje es demasiado grande</translation>
    </message>
    <message>
        <source>its filters refused the content</source>
        <translation>sus filtros rechazaron el contenido</translation>
    </message>
    <message>
        <source>it does not pass mail on to that domain for this client</source>
        <translation>no retransmite correo a ese dominio para este cliente</translation>
    </message>
    <message>
        <source>it does not accept this sender address</source>
        <translation>no acepta esta dirección de remitente</translation>
    </message>
    <message>
        <source>the sender&apos;s domain failed SPF, DKIM or DMARC</source>
        <translation>el dominio del remitente no superó SPF, DKIM o DMARC</translation>
    </message>
    <message>
        <source>the sending IP address is blocked or has a poor reputation</source>
        <translation>la dirección IP remitente está bloqueada o tiene mala reputación</translation>
    </message>
    <message>
        <source>the sending IP address has no matching reverse DNS name</source>
        <translation>la dirección IP remitente no tiene un nombre de DNS inverso coincidente</translation>
    </message>
    <message>
        <source>it requires signing in first</source>
        <translation>exige iniciar sesión primero</translation>
    </message>
    <message>
        <source>the sign-in did not work</source>
        <translation>el inicio de sesión no funcionó</translation>
    </message>
    <message>
        <source>it requires an encrypted connection first</source>
        <translation>exige primero una conexión cifrada</translation>
    </message>
    <message>
        <source>the encrypted connection could not be set up or trusted</source>
        <translation>no se pudo establecer la conexión cifrada o no es de confianza</translation>
    </message>
    <message>
        <source>it limits how fast this client may send</source>
        <translation>limita la velocidad a la que este cliente puede enviar</translation>
    </message>
    <message>
        <source>it greylists new senders and accepts a later retry</source>
        <translation>aplica listas grises a los remitentes nuevos y acepta un reintento posterior</translation>
    </message>
    <message>
        <source>a policy rule refused it</source>
        <translation>lo rechazó una regla de política</translation>
    </message>
    <message>
        <source>it did not understand a command</source>
        <translation>no entendió un comando</translation>
    </message>
    <message>
        <source>the domain could not be found in DNS</source>
        <translation>no se encontró el dominio en el DNS</translation>
    </message>
    <message>
        <source>the domain does not accept mail at all</source>
        <translation>el dominio no acepta correo en absoluto</translation>
    </message>
    <message>
        <source>the service is not available right now</source>
        <translation>el servicio no está disponible en este momento</translation>
    </message>
    <message>
        <source>the network connection failed</source>
        <translation>falló la conexión de red</translation>
    </message>
    <message>
        <source>no answer came in time</source>
        <translation>no llegó ninguna respuesta a tiempo</translation>
    </message>
    <message>
        <source>delivery was given up after retrying</source>
        <translation>se abandonó la entrega tras varios reintentos</translation>
    </message>
    <message>
        <source>see the explanation of the reply</source>
        <translation>vea la explicación de la respuesta</translation>
    </message>
</context>
<context>
    <name>Model::Direction</name>
    <message>
        <source>Sent by this computer</source>
        <translation>Enviado por este equipo</translation>
    </message>
    <message>
        <source>Received from the server</source>
        <translation>Recibido del servidor</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
</context>
<context>
    <name>Model::Duration</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>Model::HealthCheck</name>
    <message>
        <source>SPF (who may send for the domain)</source>
        <translation>SPF (quién puede enviar en nombre del dominio)</translation>
    </message>
    <message>
        <source>DMARC (what receivers do with forged mail)</source>
        <translation>DMARC (qué hacen los receptores con el correo falsificado)</translation>
    </message>
    <message>
        <source>MTA-STS (encryption required for mail to the domain)</source>
        <translation>MTA-STS (cifrado obligatorio para el correo al dominio)</translation>
    </message>
    <message>
        <source>TLS-RPT (reports about failed encryption)</source>
        <translation>TLS-RPT (informes sobre cifrado fallido)</translation>
    </message>
    <message>
        <source>DANE (certificates pinned in the DNS)</source>
        <translation>DANE (certificados fijados en el DNS)</translation>
    </message>
    <message>
        <source>Reverse DNS, confirmed forward</source>
        <translation>DNS inverso, confirmado en sentido directo</translation>
    </message>
    <message>
        <source>Greeting name against reverse DNS</source>
        <translation>Nombre del saludo frente al DNS inverso</translation>
    </message>
</context>
<context>
    <name>Model::HealthStatus</name>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Roto</translation>
    </message>
    <message>
        <source>Worth a look</source>
        <translation>Revisar</translation>
    </message>
</context>
<context>
    <name>Model::IpFamily</name>
    <message>
        <source>IPv4 and IPv6</source>
        <translation>IPv4 e IPv6</translation>
    </message>
    <message>
        <source>IPv4 only</source>
        <translation>Solo IPv4</translation>
    </message>
    <message>
        <source>IPv6 only</source>
        <translation>Solo IPv6</translation>
    </message>
</context>
<context>
    <name>Model::Outcome</name>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Aplazado</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Inaccesible</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tiempo agotado</translation>
    </message>
    <message>
        <source>DNS failed</source>
        <translation>Fallo de DNS</translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation>Fallo de TLS</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Inicio de sesión fallido</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translation>Error de protocolo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Open relay</source>
        <translation>Relay abierto</translation>
    </message>
    <message>
        <source>Refuses to relay</source>
        <translation>No hace de relay</translation>
    </message>
</context>
<context>
    <name>Model::RelayForm</name>
    <message>
        <source>plain address, sender outside</source>
        <translation>dirección simple, remitente externo</translation>
    </message>
    <message>
        <source>plain address, null sender &lt;&gt;</source>
        <translation>dirección simple, remitente nulo &lt;&gt;</translation>
    </message>
    <message>
        <source>plain address, sender in the server&apos;s own domain</source>
        <translation>dirección simple, remitente en el propio dominio del servidor</translation>
    </message>
    <message>
        <source>Percent hack (outside domain after a percent sign)</source>
        <translation>Truco del porcentaje (dominio externo tras un signo de porcentaje)</translation>
    </message>
    <message>
        <source>quoted (&quot;user@domain&quot;)</source>
        <translation>entre comillas (&quot;user@domain&quot;)</translation>
    </message>
    <message>
        <source>source route (@server:user@domain)</source>
        <translation>ruta de origen (@server:user@domain)</translation>
    </message>
    <message>
        <source>UUCP bang path (domain!user)</source>
        <translation>ruta UUCP con exclamación (domain!user)</translation>
    </message>
</context>
<context>
    <name>Model::ReportFormat</name>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Página web</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
</context>
<context>
    <name>Model::Routing</name>
    <message>
        <source>As a mail server would: the first that answers</source>
        <translation>Como lo haría un servidor de correo: el primero que responda</translation>
    </message>
    <message>
        <source>Every mail server, side by side</source>
        <translation>Todos los servidores de correo, en paralelo</translation>
    </message>
</context>
<context>
    <name>Model::Security</name>
    <message>
        <source>None (plain text)</source>
        <translation>Ninguna (texto sin cifrar)</translation>
    </message>
    <message>
        <source>STARTTLS when offered</source>
        <translation>STARTTLS si se ofrece</translation>
    </message>
    <message>
        <source>STARTTLS required, certificate verified</source>
        <translation>STARTTLS obligatorio, certificado verificado</translation>
    </message>
    <message>
        <source>Implicit TLS, certificate verified</source>
        <translation>TLS implícito, certificado verificado</translation>
    </message>
</context>
<context>
    <name>Model::Severity</name>
    <message>
        <source>Success (2xx)</source>
        <translation>Correcto (2xx)</translation>
    </message>
    <message>
        <source>Waiting for more (3xx)</source>
        <translation>Esperando más (3xx)</translation>
    </message>
    <message>
        <source>Temporary problem (4xx)</source>
        <translation>Problema temporal (4xx)</translation>
    </message>
    <message>
        <source>Permanent failure (5xx)</source>
        <translation>Fallo permanente (5xx)</translation>
    </message>
    <message>
        <source>Event or note</source>
        <translation>Evento o nota</translation>
    </message>
</context>
<context>
    <name>Model::Stage</name>
    <message>
        <source>DNS lookup</source>
        <translation>Consulta DNS</translation>
    </message>
    <message>
        <source>Looking up the mail servers</source>
        <translation>Consultando los servidores de correo</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>la conexión</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Setting up encryption (TLS)</source>
        <translation>Estableciendo el cifrado (TLS)</translation>
    </message>
    <message>
        <source>the encrypted connection (TLS)</source>
        <translation>la conexión cifrada (TLS)</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Saludo</translation>
    </message>
    <message>
        <source>Waiting for the greeting</source>
        <translation>Esperando el saludo</translation>
    </message>
    <message>
        <source>EHLO</source>
        <translation>EHLO</translation>
    </message>
    <message>
        <source>Introducing ourselves (EHLO)</source>
        <translation>Presentándonos (EHLO)</translation>
    </message>
    <message>
        <source>the greeting (EHLO)</source>
        <translation>el saludo (EHLO)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Switching to encryption (STARTTLS)</source>
        <translation>Pasando a cifrado (STARTTLS)</translation>
    </message>
    <message>
        <source>encryption (STARTTLS)</source>
        <translation>el cifrado (STARTTLS)</translation>
    </message>
    <message>
        <source>Sign-in (AUTH)</source>
        <translation>Inicio de sesión (AUTH)</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Iniciando sesión</translation>
    </message>
    <message>
        <source>the sign-in</source>
        <translation>el inicio de sesión</translation>
    </message>
    <message>
        <source>MAIL FROM</source>
        <translation>MAIL FROM</translation>
    </message>
    <message>
        <source>Giving the sender (MAIL FROM)</source>
        <translation>Indicando el remitente (MAIL FROM)</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>el remitente</translation>
    </message>
    <message>
        <source>RCPT TO</source>
        <translation>RCPT TO</translation>
    </message>
    <message>
        <source>Checking the recipients (RCPT TO)</source>
        <translation>Comprobando los destinatarios (RCPT TO)</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>el destinatario</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>Starting the message (DATA)</source>
        <translation>Iniciando el mensaje (DATA)</translation>
    </message>
    <message>
        <source>the message</source>
        <translation>el mensaje</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Sending the message</source>
        <translation>Enviando el mensaje</translation>
    </message>
    <message>
        <source>QUIT</source>
        <translation>QUIT</translation>
    </message>
    <message>
        <source>Saying goodbye (QUIT)</source>
        <translation>Despidiéndonos (QUIT)</translation>
    </message>
    <message>
        <source>the end of the session</source>
        <translation>el final de la sesión</translation>
    </message>
</context>
<context>
    <name>Model::StopAfter</name>
    <message>
        <source>Stop after connecting</source>
        <translation>Parar tras conectar</translation>
    </message>
    <message>
        <source>Stop after EHLO</source>
        <translation>Parar tras EHLO</translation>
    </message>
    <message>
        <source>Stop after TLS</source>
        <translation>Parar tras TLS</translation>
    </message>
    <message>
        <source>Stop after sign-in</source>
        <translation>Parar tras el inicio de sesión</translation>
    </message>
    <message>
        <source>Stop after MAIL FROM</source>
        <translation>Parar tras MAIL FROM</translation>
    </message>
    <message>
        <source>Stop after RCPT TO (no message sent)</source>
        <translation>Parar tras RCPT TO (no se envía mensaje)</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Enviar el mensaje</translation>
    </message>
</context>
<context>
    <name>MtaStsFetch</name>
    <message>
        <source>No answer within %1 ms</source>
        <translation>Sin respuesta en %1 ms</translation>
    </message>
</context>
<context>
    <name>OAuthErrorChallenge</name>
    <message>
        <source>status %1</source>
        <translation>estado %1</translation>
    </message>
    <message>
        <source>schemes %1</source>
        <translation>esquemas %1</translation>
    </message>
    <message>
        <source>scope %1</source>
        <translation>ámbito %1</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>Plan::Field</name>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>EHLO name</source>
        <translation>Nombre EHLO</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Archivo de certificados de CA</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Sender (MAIL FROM)</source>
        <translation>Remitente (MAIL FROM)</translation>
    </message>
    <message>
        <source>Recipient (RCPT TO)</source>
        <translation>Destinatario (RCPT TO)</translation>
    </message>
    <message>
        <source>Delivery notifications (NOTIFY)</source>
        <translation>Notificaciones de entrega (NOTIFY)</translation>
    </message>
    <message>
        <source>Envelope ID (ENVID)</source>
        <translation>ID de sobre (ENVID)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Extra header</source>
        <translation>Encabezado adicional</translation>
    </message>
    <message>
        <source>Stop after</source>
        <translation>Parar tras</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>Tiempos de espera</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>Servidor DNS</translation>
    </message>
</context>
<context>
    <name>PlanBuilder</name>
    <message>
        <source>Recipient &quot;%1&quot;: </source>
        <translation>Destinatario &quot;%1&quot;: </translation>
    </message>
    <message>
        <source>Recipient %1: </source>
        <translation>Destinatario %1: </translation>
    </message>
    <message>
        <source>Give either a domain (its mail servers are looked up) or a server, not both</source>
        <translation>Indique un dominio (se consultan sus servidores de correo) o un servidor, no ambos</translation>
    </message>
    <message>
        <source>Give a domain, a server or a recipient address</source>
        <translation>Indique un dominio, un servidor o una dirección de destinatario</translation>
    </message>
    <message>
        <source>The subject is given twice: in the subject field and as a header</source>
        <translation>El asunto se indica dos veces: en el campo de asunto y como encabezado</translation>
    </message>
    <message>
        <source>The %1 header may appear only once</source>
        <translation>El encabezado %1 solo puede aparecer una vez</translation>
    </message>
    <message>
        <source>Give the sender address (MAIL FROM), or &lt;&gt; for the null sender</source>
        <translation>Indique la dirección del remitente (MAIL FROM), o &lt;&gt; para el remitente nulo</translation>
    </message>
    <message>
        <source>Give at least one recipient (RCPT TO)</source>
        <translation>Indique al menos un destinatario (RCPT TO)</translation>
    </message>
    <message>
        <source>At most %1 recipients can be tested at once</source>
        <translation>Se pueden probar como máximo %1 destinatarios a la vez</translation>
    </message>
    <message>
        <source>The null sender &lt;&gt; is not a recipient</source>
        <translation>El remitente nulo &lt;&gt; no es un destinatario</translation>
    </message>
    <message>
        <source>&quot;never&quot; cannot be combined with success, failure or delay</source>
        <translation>&quot;never&quot; no se puede combinar con success, failure o delay</translation>
    </message>
    <message>
        <source>The server already names port %1</source>
        <translation>El servidor ya indica el puerto %1</translation>
    </message>
    <message>
        <source>Signing in needs a user name</source>
        <translation>Para iniciar sesión se necesita un nombre de usuario</translation>
    </message>
    <message>
        <source>Signing in needs a password</source>
        <translation>Para iniciar sesión se necesita una contraseña</translation>
    </message>
    <message>
        <source>Signing in with OAuth 2.0 needs an access token</source>
        <translation>Para iniciar sesión con OAuth 2.0 se necesita un token de acceso</translation>
    </message>
    <message>
        <source>The access token is longer than %1 characters; copy it again, without anything around it</source>
        <translation>El token de acceso tiene más de %1 caracteres; vuelva a copiarlo, sin nada alrededor</translation>
    </message>
    <message>
        <source>The open-relay check runs without signing in: choose no sign-in</source>
        <translation>La comprobación de relay abierto se ejecuta sin iniciar sesión: elija sin inicio de sesión</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Dé un nombre al perfil.</translation>
    </message>
    <message>
        <source>The name is too long: use at most %1 characters.</source>
        <translation>El nombre es demasiado largo: use como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The name cannot contain / or \.</source>
        <translation>El nombre no puede contener / ni \.</translation>
    </message>
    <message>
        <source>The name cannot contain line breaks or other invisible characters.</source>
        <translation>El nombre no puede contener saltos de línea ni otros caracteres invisibles.</translation>
    </message>
</context>
<context>
    <name>QNativeSocketEngine</name>
    <message>
        <source>Network unreachable</source>
        <translation>Red inaccesible</translation>
    </message>
</context>
<context>
    <name>RecipientReasons</name>
    <message>
        <source>Not asked</source>
        <translation>No preguntado</translation>
    </message>
    <message>
        <source>The conversation ended before this recipient was asked for.</source>
        <translation>La conversación terminó antes de preguntar por este destinatario.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>The server will take mail for this address.</source>
        <translation>El servidor aceptará correo para esta dirección.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Try again later</source>
        <translation>Reintentar más tarde</translation>
    </message>
    <message>
        <source>The test ended before this recipient was asked for.</source>
        <translation>La prueba terminó antes de preguntar por este destinatario.</translation>
    </message>
</context>
<context>
    <name>RelayReportSection</name>
    <message>
        <source>MAIL FROM refused: %1</source>
        <translation>MAIL FROM rechazado: %1</translation>
    </message>
    <message>
        <source>not tried: the session ended before this form</source>
        <translation>no probado: la sesión terminó antes de esta forma</translation>
    </message>
    <message>
        <source>Open-relay check: OPEN RELAY</source>
        <translation>Comprobación de relay abierto: RELAY ABIERTO</translation>
    </message>
    <message>
        <source>Open-relay check</source>
        <translation>Comprobación de relay abierto</translation>
    </message>
    <message>
        <source>[ACCEPTED]</source>
        <translation>[ACEPTADO]</translation>
    </message>
    <message>
        <source>[refused]</source>
        <translation>[rechazado]</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>accepted: relays</source>
        <translation>aceptado: hace de relay</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
</context>
<context>
    <name>RelaySummary</name>
    <message numerus="yes">
        <source>Open relay: this server accepts mail for other domains from anyone. %1 accepted an outside recipient without sign-in in %n of %2 forms: %3.</source>
        <translation>
            <numerusform>Relay abierto: este servidor acepta de cualquiera correo para otros dominios. %1 aceptó un destinatario externo sin inicio de sesión en %n de %2 formas: %3.</numerusform>
            <numerusform>Relay abierto: este servidor acepta de cualquiera correo para otros dominios. %1 aceptó un destinatario externo sin inicio de sesión en %n de %2 formas: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Allow relaying only for signed-in users and your own networks (Postfix: smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination; Exchange: no anonymous relay on the Internet-facing receive connector).</source>
        <translation>Permita el relay solo a usuarios con sesión iniciada y a sus propias redes (Postfix: smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination; Exchange: sin relay anónimo en el conector de recepción expuesto a Internet).</translation>
    </message>
    <message>
        <source>Check that the trusted networks (Postfix mynetworks, a relay IP list) do not include the address this test came from, unless that is meant.</source>
        <translation>Compruebe que las redes de confianza (mynetworks de Postfix, una lista de IP de relay) no incluyen la dirección desde la que se hizo esta prueba, salvo que sea intencionado.</translation>
    </message>
    <message>
        <source>Fix it soon: open relays are found and abused by spammers within hours, and the server&apos;s address then lands on blocklists.</source>
        <translation>Corríjalo pronto: los spammers encuentran y abusan de los relays abiertos en cuestión de horas, y la dirección del servidor acaba entonces en listas de bloqueo.</translation>
    </message>
    <message numerus="yes">
        <source>Refuses to relay: %1 refused every outside recipient from a session without sign-in (%n forms tried).</source>
        <translation>
            <numerusform>No hace de relay: %1 rechazó todos los destinatarios externos de una sesión sin inicio de sesión (%n forma probada).</numerusform>
            <numerusform>No hace de relay: %1 rechazó todos los destinatarios externos de una sesión sin inicio de sesión (%n formas probadas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the tries were only deferred (4xx), not refused for good: run the check again later to be sure they stay refused.</source>
        <translation>
            <numerusform>%n de los intentos solo se aplazó (4xx), no se rechazó definitivamente: vuelva a ejecutar la comprobación más tarde para asegurarse de que sigue rechazado.</numerusform>
            <numerusform>%n de los intentos solo se aplazaron (4xx), no se rechazaron definitivamente: vuelva a ejecutar la comprobación más tarde para asegurarse de que siguen rechazados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to fix: the server does not relay for strangers.</source>
        <translation>Nada que corregir: el servidor no hace de relay para desconocidos.</translation>
    </message>
</context>
<context>
    <name>ReplyCatalog</name>
    <message>
        <source>System status</source>
        <translation>Estado del sistema</translation>
    </message>
    <message>
        <source>The server reports its status or help information.</source>
        <translation>El servidor informa de su estado o de información de ayuda.</translation>
    </message>
    <message>
        <source>A reply to a status request.</source>
        <translation>Una respuesta a una solicitud de estado.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>No hay nada que hacer.</translation>
    </message>
    <message>
        <source>Help message</source>
        <translation>Mensaje de ayuda</translation>
    </message>
    <message>
        <source>The server sent help text for people.</source>
        <translation>El servidor envió un texto de ayuda para personas.</translation>
    </message>
    <message>
        <source>A reply to HELP.</source>
        <translation>Una respuesta a HELP.</translation>
    </message>
    <message>
        <source>Service ready</source>
        <translation>Servicio listo</translation>
    </message>
    <message>
        <source>The server is ready to talk.</source>
        <translation>El servidor está listo para hablar.</translation>
    </message>
    <message>
        <source>The server accepted the connection.</source>
        <translation>El servidor aceptó la conexión.</translation>
    </message>
    <message>
        <source>Nothing to do for this step.</source>
        <translation>No hay nada que hacer en este paso.</translation>
    </message>
    <message>
        <source>Closing connection</source>
        <translation>Cerrando la conexión</translation>
    </message>
    <message>
        <source>The server is ending the session normally.</source>
        <translation>El servidor termina la sesión normalmente.</translation>
    </message>
    <message>
        <source>A reply to QUIT.</source>
        <translation>Una respuesta a QUIT.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>The sign-in succeeded.</source>
        <translation>El inicio de sesión se realizó correctamente.</translation>
    </message>
    <message>
        <source>The user name and password were accepted.</source>
        <translation>Se aceptaron el nombre de usuario y la contraseña.</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>The server carried out the command.</source>
        <translation>El servidor ejecutó el comando.</translation>
    </message>
    <message>
        <source>The command was valid and allowed.</source>
        <translation>El comando era válido y estaba permitido.</translation>
    </message>
    <message>
        <source>Recipient not local, will forward</source>
        <translation>Destinatario no local, se reenviará</translation>
    </message>
    <message>
        <source>The server accepts the recipient and forwards the mail to another address.</source>
        <translation>El servidor acepta el destinatario y reenvía el correo a otra dirección.</translation>
    </message>
    <message>
        <source>The recipient has a forwarding address.</source>
        <translation>El destinatario tiene una dirección de reenvío.</translation>
    </message>
    <message>
        <source>Nothing to do; update the address if you know the new one.</source>
        <translation>No hay nada que hacer; actualice la dirección si conoce la nueva.</translation>
    </message>
    <message>
        <source>Cannot verify, will try</source>
        <translation>No se puede verificar, se intentará</translation>
    </message>
    <message>
        <source>The server cannot confirm the address now but accepts the message and will try to deliver it.</source>
        <translation>El servidor no puede confirmar la dirección ahora, pero acepta el mensaje e intentará entregarlo.</translation>
    </message>
    <message>
        <source>The server does not check addresses at this point (for example a backup MX).</source>
        <translation>El servidor no comprueba las direcciones en este punto (por ejemplo, un MX de respaldo).</translation>
    </message>
    <message>
        <source>Nothing to do; a bounce may still come later if the address is wrong.</source>
        <translation>No hay nada que hacer; aún puede llegar un rebote más tarde si la dirección es incorrecta.</translation>
    </message>
    <message>
        <source>Sign-in continues</source>
        <translation>El inicio de sesión continúa</translation>
    </message>
    <message>
        <source>The server waits for the next part of the sign-in (a user name or password, base64-encoded).</source>
        <translation>El servidor espera la siguiente parte del inicio de sesión (un nombre de usuario o una contraseña, codificados en base64).</translation>
    </message>
    <message>
        <source>AUTH LOGIN or another multi-step mechanism is in progress.</source>
        <translation>Está en curso AUTH LOGIN u otro mecanismo de varios pasos.</translation>
    </message>
    <message>
        <source>After AUTH XOAUTH2 or OAUTHBEARER it is the server&apos;s error document (base64 JSON): the token was refused, and the next line of the transcript says why.</source>
        <translation>Tras AUTH XOAUTH2 u OAUTHBEARER es el documento de error del servidor (JSON en base64): se rechazó el token, y la línea siguiente de la transcripción indica por qué.</translation>
    </message>
    <message>
        <source>Send the next sign-in line.</source>
        <translation>Envíe la siguiente línea del inicio de sesión.</translation>
    </message>
    <message>
        <source>Ready for the message</source>
        <translation>Listo para el mensaje</translation>
    </message>
    <message>
        <source>The server waits for the message: headers, body, and a line with a single dot at the end.</source>
        <translation>El servidor espera el mensaje: encabezados, cuerpo y una línea con un solo punto al final.</translation>
    </message>
    <message>
        <source>DATA was accepted because at least one recipient was accepted.</source>
        <translation>DATA se aceptó porque se aceptó al menos un destinatario.</translation>
    </message>
    <message>
        <source>Send the message and end it with &lt;CRLF&gt;.&lt;CRLF&gt;.</source>
        <translation>Envíe el mensaje y termínelo con &lt;CRLF&gt;.&lt;CRLF&gt;.</translation>
    </message>
    <message>
        <source>Service not available</source>
        <translation>Servicio no disponible</translation>
    </message>
    <message>
        <source>The server is closing the connection: it cannot serve now.</source>
        <translation>El servidor cierra la conexión: ahora no puede atenderla.</translation>
    </message>
    <message>
        <source>The server is overloaded, restarting or under maintenance.</source>
        <translation>El servidor está sobrecargado, reiniciándose o en mantenimiento.</translation>
    </message>
    <message>
        <source>It limits connections from your IP address (too many, or too fast).</source>
        <translation>Limita las conexiones desde su dirección IP (demasiadas o demasiado rápidas).</translation>
    </message>
    <message>
        <source>An idle timeout: the client waited too long between commands.</source>
        <translation>Un tiempo de inactividad agotado: el cliente esperó demasiado entre comandos.</translation>
    </message>
    <message>
        <source>Retry later or try another MX of the domain.</source>
        <translation>Vuelva a intentarlo más tarde o pruebe otro MX del dominio.</translation>
    </message>
    <message>
        <source>If it happens every time, ask the administrator whether your IP is limited.</source>
        <translation>Si ocurre siempre, pregunte al administrador si su IP está limitada.</translation>
    </message>
    <message>
        <source>Password transition needed</source>
        <translation>Se necesita cambiar la contraseña</translation>
    </message>
    <message>
        <source>The account needs a password change before it can sign in this way.</source>
        <translation>La cuenta necesita un cambio de contraseña antes de poder iniciar sesión de esta forma.</translation>
    </message>
    <message>
        <source>The password expired or must be changed after a reset.</source>
        <translation>La contraseña caducó o debe cambiarse tras un restablecimiento.</translation>
    </message>
    <message>
        <source>Sign in to the provider&apos;s web page, change the password, then retry.</source>
        <translation>Inicie sesión en la página web del proveedor, cambie la contraseña y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Mailbox temporarily unavailable</source>
        <translation>Buzón no disponible temporalmente</translation>
    </message>
    <message>
        <source>The mailbox or the request is temporarily not available.</source>
        <translation>El buzón o la solicitud no están disponibles temporalmente.</translation>
    </message>
    <message>
        <source>Greylisting: the server asks first-time senders to come back later.</source>
        <translation>Listas grises: el servidor pide a los remitentes nuevos que vuelvan más tarde.</translation>
    </message>
    <message>
        <source>The mailbox is busy or locked.</source>
        <translation>El buzón está ocupado o bloqueado.</translation>
    </message>
    <message>
        <source>Retry after a few minutes; a real mail server retries by itself.</source>
        <translation>Vuelva a intentarlo en unos minutos; un servidor de correo real reintenta por sí mismo.</translation>
    </message>
    <message>
        <source>If it lasts more than a day, ask the receiving administrator.</source>
        <translation>Si dura más de un día, consulte al administrador del destino.</translation>
    </message>
    <message>
        <source>Local error in processing</source>
        <translation>Error local de procesamiento</translation>
    </message>
    <message>
        <source>The server had a temporary problem handling the request.</source>
        <translation>El servidor tuvo un problema temporal al tratar la solicitud.</translation>
    </message>
    <message>
        <source>A temporary error on the server (storage, DNS or a filter).</source>
        <translation>Un error temporal en el servidor (almacenamiento, DNS o un filtro).</translation>
    </message>
    <message>
        <source>Greylisting on some servers.</source>
        <translation>Listas grises en algunos servidores.</translation>
    </message>
    <message>
        <source>Retry later.</source>
        <translation>Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>If it persists, give the receiving administrator the exact reply.</source>
        <translation>Si persiste, facilite al administrador del destino la respuesta exacta.</translation>
    </message>
    <message>
        <source>Insufficient system storage</source>
        <translation>Almacenamiento del sistema insuficiente</translation>
    </message>
    <message>
        <source>The server is out of storage or resources for now.</source>
        <translation>El servidor se ha quedado sin almacenamiento o recursos por ahora.</translation>
    </message>
    <message>
        <source>The server&apos;s disk or queue is full.</source>
        <translation>El disco o la cola del servidor están llenos.</translation>
    </message>
    <message>
        <source>Too many recipients in this message (some servers use 452 for that).</source>
        <translation>Demasiados destinatarios en este mensaje (algunos servidores usan 452 para ello).</translation>
    </message>
    <message>
        <source>Retry later, or send to fewer recipients at once.</source>
        <translation>Vuelva a intentarlo más tarde o envíe a menos destinatarios a la vez.</translation>
    </message>
    <message>
        <source>Temporarily unavailable (TLS or sign-in)</source>
        <translation>No disponible temporalmente (TLS o inicio de sesión)</translation>
    </message>
    <message>
        <source>The server cannot start TLS or check the sign-in right now.</source>
        <translation>El servidor no puede iniciar TLS ni comprobar el inicio de sesión en este momento.</translation>
    </message>
    <message>
        <source>A temporary problem with the server&apos;s certificate or authentication back end.</source>
        <translation>Un problema temporal con el certificado del servidor o con su sistema de autenticación.</translation>
    </message>
    <message>
        <source>Retry later; tell the administrator if it persists.</source>
        <translation>Vuelva a intentarlo más tarde; avise al administrador si persiste.</translation>
    </message>
    <message>
        <source>Parameters not accepted now</source>
        <translation>Parámetros no aceptados ahora</translation>
    </message>
    <message>
        <source>The server cannot accept the command&apos;s parameters at the moment.</source>
        <translation>El servidor no puede aceptar ahora los parámetros del comando.</translation>
    </message>
    <message>
        <source>A MAIL or RCPT parameter the server cannot serve now.</source>
        <translation>Un parámetro de MAIL o RCPT que el servidor no puede atender ahora.</translation>
    </message>
    <message>
        <source>Retry later or without the extra parameters.</source>
        <translation>Vuelva a intentarlo más tarde o sin los parámetros adicionales.</translation>
    </message>
    <message>
        <source>Command not recognised</source>
        <translation>Comando no reconocido</translation>
    </message>
    <message>
        <source>The server did not understand the command.</source>
        <translation>El servidor no entendió el comando.</translation>
    </message>
    <message>
        <source>A line was too long, or backspace characters were sent from a terminal.</source>
        <translation>Una línea era demasiado larga, o se enviaron caracteres de retroceso desde un terminal.</translation>
    </message>
    <message>
        <source>Check the command spelling and retype it without corrections.</source>
        <translation>Compruebe cómo se escribe el comando y vuelva a escribirlo sin correcciones.</translation>
    </message>
    <message>
        <source>Make sure the client speaks SMTP on this port (not TLS or HTTP).</source>
        <translation>Asegúrese de que el cliente habla SMTP en este puerto (no TLS ni HTTP).</translation>
    </message>
    <message>
        <source>Syntax error in parameters</source>
        <translation>Error de sintaxis en los parámetros</translation>
    </message>
    <message>
        <source>The command was recognised but its parameters are wrong.</source>
        <translation>Se reconoció el comando, pero sus parámetros son incorrectos.</translation>
    </message>
    <message>
        <source>A malformed address, domain or parameter.</source>
        <translation>Una dirección, un dominio o un parámetro mal formado.</translation>
    </message>
    <message>
        <source>Check the argument of the command.</source>
        <translation>Compruebe el argumento del comando.</translation>
    </message>
    <message>
        <source>Command not implemented</source>
        <translation>Comando no implementado</translation>
    </message>
    <message>
        <source>The server does not support this command.</source>
        <translation>El servidor no admite este comando.</translation>
    </message>
    <message>
        <source>An optional command (for example VRFY, ETRN or HELP) is switched off.</source>
        <translation>Un comando opcional (por ejemplo VRFY, ETRN o HELP) está desactivado.</translation>
    </message>
    <message>
        <source>Use only the commands the server advertises in its EHLO reply.</source>
        <translation>Use solo los comandos que el servidor anuncia en su respuesta a EHLO.</translation>
    </message>
    <message>
        <source>Bad sequence of commands</source>
        <translation>Secuencia de comandos incorrecta</translation>
    </message>
    <message>
        <source>The command came in the wrong order.</source>
        <translation>El comando llegó en un orden incorrecto.</translation>
    </message>
    <message>
        <source>A command was sent before the one it depends on (for example RCPT before MAIL).</source>
        <translation>Se envió un comando antes de aquel del que depende (por ejemplo RCPT antes de MAIL).</translation>
    </message>
    <message>
        <source>Follow the order EHLO, (STARTTLS, AUTH), MAIL FROM, RCPT TO, DATA.</source>
        <translation>Siga el orden EHLO, (STARTTLS, AUTH), MAIL FROM, RCPT TO, DATA.</translation>
    </message>
    <message>
        <source>Parameter not implemented</source>
        <translation>Parámetro no implementado</translation>
    </message>
    <message>
        <source>The server does not support a parameter of the command.</source>
        <translation>El servidor no admite un parámetro del comando.</translation>
    </message>
    <message>
        <source>An unsupported option or mechanism name.</source>
        <translation>Un nombre de opción o de mecanismo no admitido.</translation>
    </message>
    <message>
        <source>Use only options the server advertises.</source>
        <translation>Use solo opciones que anuncie el servidor.</translation>
    </message>
    <message>
        <source>Host does not accept mail</source>
        <translation>El host no acepta correo</translation>
    </message>
    <message>
        <source>This server never accepts mail (RFC 7504).</source>
        <translation>Este servidor nunca acepta correo (RFC 7504).</translation>
    </message>
    <message>
        <source>The host is not a mail server for anyone, on purpose.</source>
        <translation>El host no es servidor de correo de nadie, a propósito.</translation>
    </message>
    <message>
        <source>Check the domain&apos;s MX records: you may be talking to the wrong host.</source>
        <translation>Compruebe los registros MX del dominio: puede que esté hablando con el host equivocado.</translation>
    </message>
    <message>
        <source>Sign-in required</source>
        <translation>Inicio de sesión obligatorio</translation>
    </message>
    <message>
        <source>The server requires signing in (or TLS) before this command.</source>
        <translation>El servidor exige iniciar sesión (o TLS) antes de este comando.</translation>
    </message>
    <message>
        <source>The server does not accept anonymous submissions.</source>
        <translation>El servidor no acepta envíos anónimos.</translation>
    </message>
    <message>
        <source>A submission port that needs AUTH.</source>
        <translation>Un puerto de envío que necesita AUTH.</translation>
    </message>
    <message>
        <source>Sign in with a user name and password (usually on port 587 with STARTTLS).</source>
        <translation>Inicie sesión con un nombre de usuario y una contraseña (normalmente en el puerto 587 con STARTTLS).</translation>
    </message>
    <message>
        <source>Sign-in mechanism too weak</source>
        <translation>Mecanismo de inicio de sesión demasiado débil</translation>
    </message>
    <message>
        <source>The chosen sign-in mechanism is not strong enough for this account.</source>
        <translation>El mecanismo de inicio de sesión elegido no es lo bastante seguro para esta cuenta.</translation>
    </message>
    <message>
        <source>A password mechanism where the server wants a stronger one or OAuth.</source>
        <translation>Un mecanismo de contraseña cuando el servidor quiere uno más seguro u OAuth.</translation>
    </message>
    <message>
        <source>Use another mechanism or an app password.</source>
        <translation>Use otro mecanismo o una contraseña de aplicación.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Inicio de sesión fallido</translation>
    </message>
    <message>
        <source>The user name or the password was not accepted.</source>
        <translation>No se aceptó el nombre de usuario o la contraseña.</translation>
    </message>
    <message>
        <source>A wrong password or user name.</source>
        <translation>Una contraseña o un nombre de usuario incorrectos.</translation>
    </message>
    <message>
        <source>Password sign-in is disabled for the account.</source>
        <translation>El inicio de sesión con contraseña está desactivado para la cuenta.</translation>
    </message>
    <message>
        <source>Encryption required for sign-in</source>
        <translation>Se necesita cifrado para iniciar sesión</translation>
    </message>
    <message>
        <source>This sign-in mechanism is only allowed over TLS.</source>
        <translation>Este mecanismo de inicio de sesión solo se permite sobre TLS.</translation>
    </message>
    <message>
        <source>Sign-in was attempted on an unencrypted connection.</source>
        <translation>Se intentó iniciar sesión en una conexión sin cifrar.</translation>
    </message>
    <message>
        <source>Start TLS first, then sign in.</source>
        <translation>Inicie primero TLS y después inicie sesión.</translation>
    </message>
    <message>
        <source>Requested action not taken</source>
        <translation>Acción solicitada no realizada</translation>
    </message>
    <message>
        <source>The server refused the request permanently.</source>
        <translation>El servidor rechazó la solicitud de forma permanente.</translation>
    </message>
    <message>
        <source>The address does not exist or is not allowed, or a policy refused it.</source>
        <translation>La dirección no existe o no está permitida, o la rechazó una política.</translation>
    </message>
    <message>
        <source>Read the reply text for the specific reason.</source>
        <translation>Lea el texto de la respuesta para conocer el motivo concreto.</translation>
    </message>
    <message>
        <source>User not local</source>
        <translation>Usuario no local</translation>
    </message>
    <message>
        <source>The recipient is not here; the server names another path and will not forward.</source>
        <translation>El destinatario no está aquí; el servidor indica otra ruta y no reenviará.</translation>
    </message>
    <message>
        <source>The person moved to another address.</source>
        <translation>La persona se trasladó a otra dirección.</translation>
    </message>
    <message>
        <source>Send to the address the server mentions.</source>
        <translation>Envíe a la dirección que menciona el servidor.</translation>
    </message>
    <message>
        <source>Storage allocation exceeded</source>
        <translation>Límite de almacenamiento superado</translation>
    </message>
    <message>
        <source>The request exceeds a storage limit.</source>
        <translation>La solicitud supera un límite de almacenamiento.</translation>
    </message>
    <message>
        <source>The message is too large, or the mailbox is full.</source>
        <translation>El mensaje es demasiado grande o el buzón está lleno.</translation>
    </message>
    <message>
        <source>Send a smaller message; check the recipient&apos;s mailbox space.</source>
        <translation>Envíe un mensaje más pequeño; compruebe el espacio del buzón del destinatario.</translation>
    </message>
    <message>
        <source>Mailbox name not allowed</source>
        <translation>Nombre de buzón no permitido</translation>
    </message>
    <message>
        <source>The address is not allowed as written.</source>
        <translation>La dirección no está permitida tal como está escrita.</translation>
    </message>
    <message>
        <source>An invalid or forbidden address.</source>
        <translation>Una dirección no válida o prohibida.</translation>
    </message>
    <message>
        <source>Check the address.</source>
        <translation>Compruebe la dirección.</translation>
    </message>
    <message>
        <source>Transaction failed</source>
        <translation>Transacción fallida</translation>
    </message>
    <message>
        <source>The server refused the transaction.</source>
        <translation>El servidor rechazó la transacción.</translation>
    </message>
    <message>
        <source>A policy or anti-spam rule.</source>
        <translation>Una regla de política o antispam.</translation>
    </message>
    <message>
        <source>Read the reply text for the rule that was hit.</source>
        <translation>Lea el texto de la respuesta para saber qué regla se activó.</translation>
    </message>
    <message>
        <source>Parameters not recognised</source>
        <translation>Parámetros no reconocidos</translation>
    </message>
    <message>
        <source>The server does not know a MAIL FROM or RCPT TO parameter.</source>
        <translation>El servidor no conoce un parámetro de MAIL FROM o RCPT TO.</translation>
    </message>
    <message>
        <source>A parameter such as SIZE, BODY or NOTIFY that the server did not advertise.</source>
        <translation>Un parámetro como SIZE, BODY o NOTIFY que el servidor no anunció.</translation>
    </message>
    <message>
        <source>Send the command without the extra parameter.</source>
        <translation>Envíe el comando sin el parámetro adicional.</translation>
    </message>
    <message>
        <source>Domain does not accept mail</source>
        <translation>El dominio no acepta correo</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not accept mail at all (RFC 7504).</source>
        <translation>El dominio del destinatario no acepta correo en absoluto (RFC 7504).</translation>
    </message>
    <message>
        <source>The domain publishes a null MX (RFC 7505).</source>
        <translation>El dominio publica un MX nulo (RFC 7505).</translation>
    </message>
    <message>
        <source>Ask the recipient for an address that receives mail.</source>
        <translation>Pida al destinatario una dirección que reciba correo.</translation>
    </message>
    <message>
        <source>Ready to start TLS</source>
        <translation>Listo para iniciar TLS</translation>
    </message>
    <message>
        <source>The server agreed to STARTTLS; the TLS handshake follows.</source>
        <translation>El servidor aceptó STARTTLS; a continuación viene el protocolo de enlace TLS.</translation>
    </message>
    <message>
        <source>STARTTLS was accepted.</source>
        <translation>Se aceptó STARTTLS.</translation>
    </message>
    <message>
        <source>Nothing to do; the connection is encrypted next.</source>
        <translation>No hay nada que hacer; a continuación la conexión se cifra.</translation>
    </message>
    <message>
        <source>Server ready</source>
        <translation>Servidor listo</translation>
    </message>
    <message>
        <source>The server greeted the client and is ready for EHLO.</source>
        <translation>El servidor saludó al cliente y está listo para EHLO.</translation>
    </message>
    <message>
        <source>The mail service is running and accepts the connection.</source>
        <translation>El servicio de correo está en funcionamiento y acepta la conexión.</translation>
    </message>
    <message>
        <source>Greeting accepted</source>
        <translation>Saludo aceptado</translation>
    </message>
    <message>
        <source>The server accepted EHLO and listed the extensions it supports.</source>
        <translation>El servidor aceptó EHLO y enumeró las extensiones que admite.</translation>
    </message>
    <message>
        <source>The EHLO name was accepted.</source>
        <translation>Se aceptó el nombre EHLO.</translation>
    </message>
    <message>
        <source>Sender accepted</source>
        <translation>Remitente aceptado</translation>
    </message>
    <message>
        <source>The server accepted the sender address.</source>
        <translation>El servidor aceptó la dirección del remitente.</translation>
    </message>
    <message>
        <source>The sender is allowed from this client.</source>
        <translation>El remitente está permitido desde este cliente.</translation>
    </message>
    <message>
        <source>Recipient accepted</source>
        <translation>Destinatario aceptado</translation>
    </message>
    <message>
        <source>The server accepted the recipient.</source>
        <translation>El servidor aceptó el destinatario.</translation>
    </message>
    <message>
        <source>The recipient exists or the server accepts all addresses for later checks.</source>
        <translation>El destinatario existe, o el servidor acepta todas las direcciones para comprobarlas después.</translation>
    </message>
    <message>
        <source>Nothing to do; note that some servers accept first and bounce later.</source>
        <translation>No hay nada que hacer; tenga en cuenta que algunos servidores aceptan primero y rebotan después.</translation>
    </message>
    <message>
        <source>Message accepted</source>
        <translation>Mensaje aceptado</translation>
    </message>
    <message>
        <source>The server took responsibility for delivering the message.</source>
        <translation>El servidor asumió la responsabilidad de entregar el mensaje.</translation>
    </message>
    <message>
        <source>The whole message was received and passed the server&apos;s checks.</source>
        <translation>Se recibió el mensaje completo y superó las comprobaciones del servidor.</translation>
    </message>
    <message>
        <source>Check that it arrived in the mailbox (and not in the spam folder).</source>
        <translation>Compruebe que llegó al buzón (y no a la carpeta de spam).</translation>
    </message>
    <message>
        <source>Service not available at connection</source>
        <translation>Servicio no disponible al conectar</translation>
    </message>
    <message>
        <source>The server refuses to start a session now and closes the connection.</source>
        <translation>El servidor se niega a iniciar una sesión ahora y cierra la conexión.</translation>
    </message>
    <message>
        <source>Too many connections, or your IP address is rate-limited or blocklisted.</source>
        <translation>Demasiadas conexiones, o su dirección IP tiene limitada la velocidad o está en una lista de bloqueo.</translation>
    </message>
    <message>
        <source>The server is overloaded or under maintenance.</source>
        <translation>El servidor está sobrecargado o en mantenimiento.</translation>
    </message>
    <message>
        <source>Retry later or try another MX.</source>
        <translation>Vuelva a intentarlo más tarde o pruebe otro MX.</translation>
    </message>
    <message>
        <source>Check whether your IP is on a blocklist.</source>
        <translation>Compruebe si su IP está en una lista de bloqueo.</translation>
    </message>
    <message>
        <source>Sender temporarily refused</source>
        <translation>Remitente rechazado temporalmente</translation>
    </message>
    <message>
        <source>The server could not accept the sender now.</source>
        <translation>El servidor no pudo aceptar el remitente en este momento.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain could not be checked in DNS just now.</source>
        <translation>No se pudo comprobar en este momento el dominio del remitente en el DNS.</translation>
    </message>
    <message>
        <source>Greylisting keyed on the sender.</source>
        <translation>Listas grises basadas en el remitente.</translation>
    </message>
    <message>
        <source>Retry later; check that the sender&apos;s domain has MX records.</source>
        <translation>Vuelva a intentarlo más tarde; compruebe que el dominio del remitente tiene registros MX.</translation>
    </message>
    <message>
        <source>Temporarily refused, try again later</source>
        <translation>Rechazado temporalmente, vuelva a intentarlo más tarde</translation>
    </message>
    <message>
        <source>The server asks to retry later; this is how greylisting looks.</source>
        <translation>El servidor pide reintentar más tarde; así es como se ven las listas grises.</translation>
    </message>
    <message>
        <source>Greylisting: first-time sender, IP and recipient are told to come back later.</source>
        <translation>Listas grises: a un remitente, IP y destinatario nuevos se les pide que vuelvan más tarde.</translation>
    </message>
    <message>
        <source>A temporary lookup failure on the server.</source>
        <translation>Un fallo temporal de consulta en el servidor.</translation>
    </message>
    <message>
        <source>If it never passes, ask the administrator to allow your server.</source>
        <translation>Si nunca pasa, pida al administrador que permita su servidor.</translation>
    </message>
    <message>
        <source>Message temporarily not accepted</source>
        <translation>Mensaje no aceptado temporalmente</translation>
    </message>
    <message>
        <source>The server could not process the message now.</source>
        <translation>El servidor no pudo procesar el mensaje en este momento.</translation>
    </message>
    <message>
        <source>A content filter or storage back end was unavailable.</source>
        <translation>Un filtro de contenido o el sistema de almacenamiento no estaba disponible.</translation>
    </message>
    <message>
        <source>Too many recipients or no storage</source>
        <translation>Demasiados destinatarios o sin almacenamiento</translation>
    </message>
    <message>
        <source>The server refuses more recipients for now.</source>
        <translation>El servidor no acepta más destinatarios por ahora.</translation>
    </message>
    <message>
        <source>Too many recipients in one message.</source>
        <translation>Demasiados destinatarios en un mensaje.</translation>
    </message>
    <message>
        <source>The server is low on storage.</source>
        <translation>Al servidor le queda poco almacenamiento.</translation>
    </message>
    <message>
        <source>Send the remaining recipients in another message.</source>
        <translation>Envíe a los destinatarios restantes en otro mensaje.</translation>
    </message>
    <message>
        <source>Temporary sign-in failure</source>
        <translation>Fallo temporal de inicio de sesión</translation>
    </message>
    <message>
        <source>The server could not check the sign-in right now.</source>
        <translation>El servidor no pudo comprobar el inicio de sesión en este momento.</translation>
    </message>
    <message>
        <source>The authentication back end (directory, database) is unavailable.</source>
        <translation>El sistema de autenticación (directorio, base de datos) no está disponible.</translation>
    </message>
    <message>
        <source>TLS not available</source>
        <translation>TLS no disponible</translation>
    </message>
    <message>
        <source>The server cannot start TLS right now.</source>
        <translation>El servidor no puede iniciar TLS en este momento.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate or key is missing or unreadable.</source>
        <translation>Falta el certificado o la clave del servidor, o no se pueden leer.</translation>
    </message>
    <message>
        <source>A temporary TLS problem on the server.</source>
        <translation>Un problema temporal de TLS en el servidor.</translation>
    </message>
    <message>
        <source>Retry later; tell the administrator that STARTTLS fails.</source>
        <translation>Vuelva a intentarlo más tarde; avise al administrador de que STARTTLS falla.</translation>
    </message>
    <message>
        <source>Sign-in line too long or not understood</source>
        <translation>Línea de inicio de sesión demasiado larga o no entendida</translation>
    </message>
    <message>
        <source>The server did not accept a line of the sign-in.</source>
        <translation>El servidor no aceptó una línea del inicio de sesión.</translation>
    </message>
    <message>
        <source>A sign-in line was too long (RFC 4954: 500 5.5.6).</source>
        <translation>Una línea del inicio de sesión era demasiado larga (RFC 4954: 500 5.5.6).</translation>
    </message>
    <message>
        <source>The base64 text was malformed.</source>
        <translation>El texto base64 estaba mal formado.</translation>
    </message>
    <message>
        <source>Use another mechanism or check the client.</source>
        <translation>Use otro mecanismo o compruebe el cliente.</translation>
    </message>
    <message>
        <source>Invalid domain name</source>
        <translation>Nombre de dominio no válido</translation>
    </message>
    <message>
        <source>The server refused the name given with EHLO or HELO.</source>
        <translation>El servidor rechazó el nombre indicado con EHLO o HELO.</translation>
    </message>
    <message>
        <source>There are invalid characters in the domain name.</source>
        <translation>Hay caracteres no válidos en el nombre de dominio.</translation>
    </message>
    <message>
        <source>There are connection restrictions on the destination server.</source>
        <translation>Hay restricciones de conexión en el servidor de destino.</translation>
    </message>
    <message>
        <source>The name is empty or not a fully qualified domain name.</source>
        <translation>El nombre está vacío o no es un nombre de dominio completo.</translation>
    </message>
    <message>
        <source>Use a fully qualified name (mail.example.com) or an address literal like [192.0.2.1].</source>
        <translation>Use un nombre completo (mail.example.com) o un literal de dirección como [192.0.2.1].</translation>
    </message>
    <message>
        <source>Sender address syntax error</source>
        <translation>Error de sintaxis en la dirección del remitente</translation>
    </message>
    <message>
        <source>The server could not read the sender address.</source>
        <translation>El servidor no pudo leer la dirección del remitente.</translation>
    </message>
    <message>
        <source>A syntax error in the sender&apos;s address.</source>
        <translation>Un error de sintaxis en la dirección del remitente.</translation>
    </message>
    <message>
        <source>Send MAIL FROM:&lt;you@example.com&gt; with the address in angle brackets.</source>
        <translation>Envíe MAIL FROM:&lt;you@example.com&gt; con la dirección entre corchetes angulares.</translation>
    </message>
    <message>
        <source>Recipient address syntax error</source>
        <translation>Error de sintaxis en la dirección del destinatario</translation>
    </message>
    <message>
        <source>The server could not read the recipient address.</source>
        <translation>El servidor no pudo leer la dirección del destinatario.</translation>
    </message>
    <message>
        <source>A syntax error in the recipient&apos;s address.</source>
        <translation>Un error de sintaxis en la dirección del destinatario.</translation>
    </message>
    <message>
        <source>Send RCPT TO:&lt;user@example.com&gt; with the address in angle brackets.</source>
        <translation>Envíe RCPT TO:&lt;user@example.com&gt; con la dirección entre corchetes angulares.</translation>
    </message>
    <message>
        <source>STARTTLS syntax error</source>
        <translation>Error de sintaxis en STARTTLS</translation>
    </message>
    <message>
        <source>STARTTLS takes no parameters; the server refused the command as sent.</source>
        <translation>STARTTLS no lleva parámetros; el servidor rechazó el comando tal como se envió.</translation>
    </message>
    <message>
        <source>Something was sent after the word STARTTLS.</source>
        <translation>Se envió algo después de la palabra STARTTLS.</translation>
    </message>
    <message>
        <source>Send STARTTLS alone on its line.</source>
        <translation>Envíe STARTTLS solo en su línea.</translation>
    </message>
    <message>
        <source>Sign-in cancelled or unreadable</source>
        <translation>Inicio de sesión cancelado o ilegible</translation>
    </message>
    <message>
        <source>The server could not decode the sign-in data, or the client cancelled it.</source>
        <translation>El servidor no pudo descodificar los datos del inicio de sesión, o el cliente lo canceló.</translation>
    </message>
    <message>
        <source>The client sent * to cancel.</source>
        <translation>El cliente envió * para cancelar.</translation>
    </message>
    <message>
        <source>Check the client&apos;s sign-in settings and try again.</source>
        <translation>Compruebe la configuración de inicio de sesión del cliente y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>EHLO not supported</source>
        <translation>EHLO no admitido</translation>
    </message>
    <message>
        <source>The server does not support EHLO, only the old HELO.</source>
        <translation>El servidor no admite EHLO, solo el antiguo HELO.</translation>
    </message>
    <message>
        <source>A very old or minimal server.</source>
        <translation>Un servidor muy antiguo o mínimo.</translation>
    </message>
    <message>
        <source>Use HELO; extensions such as STARTTLS and AUTH are then not available.</source>
        <translation>Use HELO; las extensiones como STARTTLS y AUTH no estarán disponibles.</translation>
    </message>
    <message>
        <source>Sender given out of order</source>
        <translation>Remitente indicado fuera de orden</translation>
    </message>
    <message>
        <source>The server did not expect MAIL FROM now.</source>
        <translation>El servidor no esperaba MAIL FROM en este momento.</translation>
    </message>
    <message>
        <source>EHLO was not sent first, or a transaction is already open.</source>
        <translation>No se envió primero EHLO, o ya hay una transacción abierta.</translation>
    </message>
    <message>
        <source>Some servers answer this way when sign-in is required first.</source>
        <translation>Algunos servidores responden así cuando hay que iniciar sesión primero.</translation>
    </message>
    <message>
        <source>Send EHLO first, sign in if needed, then MAIL FROM.</source>
        <translation>Envíe primero EHLO, inicie sesión si hace falta y después MAIL FROM.</translation>
    </message>
    <message>
        <source>Recipient given before the sender</source>
        <translation>Destinatario indicado antes que el remitente</translation>
    </message>
    <message>
        <source>The server needs MAIL FROM before RCPT TO.</source>
        <translation>El servidor necesita MAIL FROM antes de RCPT TO.</translation>
    </message>
    <message>
        <source>MAIL FROM was missing or refused.</source>
        <translation>Faltaba MAIL FROM o fue rechazado.</translation>
    </message>
    <message>
        <source>Send MAIL FROM first and check that it was accepted.</source>
        <translation>Envíe primero MAIL FROM y compruebe que se aceptó.</translation>
    </message>
    <message>
        <source>No valid recipients</source>
        <translation>Ningún destinatario válido</translation>
    </message>
    <message>
        <source>The server refuses DATA because no recipient was accepted.</source>
        <translation>El servidor rechaza DATA porque no se aceptó ningún destinatario.</translation>
    </message>
    <message>
        <source>Every RCPT TO was refused.</source>
        <translation>Se rechazaron todos los RCPT TO.</translation>
    </message>
    <message>
        <source>Fix the recipients first; look at the RCPT replies.</source>
        <translation>Corrija primero los destinatarios; mire las respuestas a RCPT.</translation>
    </message>
    <message>
        <source>Sign-in not possible now</source>
        <translation>Ahora no se puede iniciar sesión</translation>
    </message>
    <message>
        <source>The server does not accept AUTH at this point.</source>
        <translation>El servidor no acepta AUTH en este punto.</translation>
    </message>
    <message>
        <source>Already signed in, or a mail transaction is open.</source>
        <translation>Ya hay una sesión iniciada, o hay una transacción de correo abierta.</translation>
    </message>
    <message>
        <source>AUTH is only offered after STARTTLS.</source>
        <translation>AUTH solo se ofrece después de STARTTLS.</translation>
    </message>
    <message>
        <source>Sign in right after EHLO (and after STARTTLS).</source>
        <translation>Inicie sesión justo después de EHLO (y después de STARTTLS).</translation>
    </message>
    <message>
        <source>Sign-in mechanism not supported</source>
        <translation>Mecanismo de inicio de sesión no admitido</translation>
    </message>
    <message>
        <source>The server does not support the chosen sign-in mechanism.</source>
        <translation>El servidor no admite el mecanismo de inicio de sesión elegido.</translation>
    </message>
    <message>
        <source>The client picked a mechanism the server did not advertise.</source>
        <translation>El cliente eligió un mecanismo que el servidor no anunció.</translation>
    </message>
    <message>
        <source>Use one of the mechanisms listed after AUTH in the EHLO reply.</source>
        <translation>Use uno de los mecanismos que aparecen tras AUTH en la respuesta a EHLO.</translation>
    </message>
    <message>
        <source>EHLO name refused</source>
        <translation>Nombre EHLO rechazado</translation>
    </message>
    <message>
        <source>The server refuses the name given with EHLO.</source>
        <translation>El servidor rechaza el nombre indicado con EHLO.</translation>
    </message>
    <message>
        <source>The name is not a fully qualified domain name.</source>
        <translation>El nombre no es un nombre de dominio completo.</translation>
    </message>
    <message>
        <source>Use the server&apos;s full DNS name as EHLO name.</source>
        <translation>Use el nombre DNS completo del servidor como nombre EHLO.</translation>
    </message>
    <message>
        <source>Sender refused</source>
        <translation>Remitente rechazado</translation>
    </message>
    <message>
        <source>The server does not accept mail from this sender address.</source>
        <translation>El servidor no acepta correo de esta dirección de remitente.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain does not exist or is not allowed here.</source>
        <translation>El dominio del remitente no existe o no está permitido aquí.</translation>
    </message>
    <message>
        <source>The sender must sign in, or is blocked by a policy.</source>
        <translation>El remitente debe iniciar sesión, o lo bloquea una política.</translation>
    </message>
    <message>
        <source>Use a valid sender address of a domain you own; sign in if needed.</source>
        <translation>Use una dirección de remitente válida de un dominio suyo; inicie sesión si hace falta.</translation>
    </message>
    <message>
        <source>Recipient refused</source>
        <translation>Destinatario rechazado</translation>
    </message>
    <message>
        <source>The server does not accept mail for this recipient: the mailbox is unavailable.</source>
        <translation>El servidor no acepta correo para este destinatario: el buzón no está disponible.</translation>
    </message>
    <message>
        <source>The server does not relay for the recipient&apos;s domain.</source>
        <translation>El servidor no hace de relay para el dominio del destinatario.</translation>
    </message>
    <message>
        <source>A policy blocks this sender for this recipient.</source>
        <translation>Una política bloquea a este remitente para este destinatario.</translation>
    </message>
    <message>
        <source>Make sure you connect to the recipient domain&apos;s own MX.</source>
        <translation>Asegúrese de conectarse al MX propio del dominio del destinatario.</translation>
    </message>
    <message>
        <source>Message refused</source>
        <translation>Mensaje rechazado</translation>
    </message>
    <message>
        <source>The server refused the message after seeing it.</source>
        <translation>El servidor rechazó el mensaje después de verlo.</translation>
    </message>
    <message>
        <source>Content filters judged it spam or dangerous.</source>
        <translation>Los filtros de contenido lo consideraron spam o peligroso.</translation>
    </message>
    <message>
        <source>Sender authentication (SPF, DKIM, DMARC) failed.</source>
        <translation>Falló la autenticación del remitente (SPF, DKIM, DMARC).</translation>
    </message>
    <message>
        <source>Send a plain test message; check SPF, DKIM and DMARC of the sender&apos;s domain.</source>
        <translation>Envíe un mensaje de prueba sencillo; compruebe SPF, DKIM y DMARC del dominio del remitente.</translation>
    </message>
    <message>
        <source>Connection refused by policy</source>
        <translation>Conexión rechazada por política</translation>
    </message>
    <message>
        <source>The server does not accept mail from this client at all.</source>
        <translation>El servidor no acepta correo de este cliente en absoluto.</translation>
    </message>
    <message>
        <source>Your IP address is blocked or on a blocklist.</source>
        <translation>Su dirección IP está bloqueada o en una lista de bloqueo.</translation>
    </message>
    <message>
        <source>Check your IP on public blocklists; send through your provider&apos;s server.</source>
        <translation>Compruebe su IP en las listas de bloqueo públicas; envíe a través del servidor de su proveedor.</translation>
    </message>
    <message>
        <source>Mailbox full or too many recipients</source>
        <translation>Buzón lleno o demasiados destinatarios</translation>
    </message>
    <message>
        <source>The server refuses the recipient because of a storage limit.</source>
        <translation>El servidor rechaza el destinatario por un límite de almacenamiento.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over quota.</source>
        <translation>El buzón del destinatario supera su cuota.</translation>
    </message>
    <message>
        <source>Too many recipients for one message.</source>
        <translation>Demasiados destinatarios para un solo mensaje.</translation>
    </message>
    <message>
        <source>Ask the recipient, by phone or another address, to make room in the mailbox, then send the message again.</source>
        <translation>Pida al destinatario, por teléfono o por otra dirección, que libere espacio en el buzón, y vuelva a enviar el mensaje.</translation>
    </message>
    <message>
        <source>If the message had many recipients, send it to fewer at a time.</source>
        <translation>Si el mensaje tenía muchos destinatarios, envíelo a menos a la vez.</translation>
    </message>
    <message>
        <source>Message too large</source>
        <translation>Mensaje demasiado grande</translation>
    </message>
    <message>
        <source>The message exceeds the server&apos;s size limit.</source>
        <translation>El mensaje supera el límite de tamaño del servidor.</translation>
    </message>
    <message>
        <source>Large attachments.</source>
        <translation>Archivos adjuntos grandes.</translation>
    </message>
    <message>
        <source>The SIZE declared with MAIL FROM is over the advertised limit.</source>
        <translation>El SIZE declarado con MAIL FROM supera el límite anunciado.</translation>
    </message>
    <message>
        <source>Check the SIZE in the EHLO reply; send large files as links.</source>
        <translation>Compruebe SIZE en la respuesta a EHLO; envíe los archivos grandes como enlaces.</translation>
    </message>
    <message>
        <source>Sender address not allowed</source>
        <translation>Dirección de remitente no permitida</translation>
    </message>
    <message>
        <source>The server does not allow this sender address.</source>
        <translation>El servidor no permite esta dirección de remitente.</translation>
    </message>
    <message>
        <source>The address is malformed, or you may not send as this address.</source>
        <translation>La dirección está mal formada, o usted no puede enviar con esta dirección.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain does not exist.</source>
        <translation>El dominio del remitente no existe.</translation>
    </message>
    <message>
        <source>Use the address of the account you signed in with.</source>
        <translation>Use la dirección de la cuenta con la que inició sesión.</translation>
    </message>
    <message>
        <source>Recipient address not allowed</source>
        <translation>Dirección de destinatario no permitida</translation>
    </message>
    <message>
        <source>The server does not allow this recipient address.</source>
        <translation>El servidor no permite esta dirección de destinatario.</translation>
    </message>
    <message>
        <source>The address is malformed or the mailbox name is not allowed.</source>
        <translation>La dirección está mal formada o el nombre del buzón no está permitido.</translation>
    </message>
    <message>
        <source>No SMTP service here</source>
        <translation>Aquí no hay servicio SMTP</translation>
    </message>
    <message>
        <source>The server refuses to talk to this client.</source>
        <translation>El servidor se niega a hablar con este cliente.</translation>
    </message>
    <message>
        <source>Your IP address is blocklisted or not allowed.</source>
        <translation>Su dirección IP está en una lista de bloqueo o no está permitida.</translation>
    </message>
    <message>
        <source>The host is not a mail server for you.</source>
        <translation>El host no es un servidor de correo para usted.</translation>
    </message>
    <message>
        <source>Check the IP on blocklists; use the correct MX.</source>
        <translation>Compruebe la IP en las listas de bloqueo; use el MX correcto.</translation>
    </message>
    <message>
        <source>Recipient refused (relaying or policy)</source>
        <translation>Destinatario rechazado (relay o política)</translation>
    </message>
    <message>
        <source>The server refused the recipient, usually because it does not relay for the recipient&apos;s domain.</source>
        <translation>El servidor rechazó el destinatario, normalmente porque no hace de relay para el dominio del destinatario.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain is not hosted on this server and you did not sign in.</source>
        <translation>El dominio del destinatario no está alojado en este servidor y usted no inició sesión.</translation>
    </message>
    <message>
        <source>A policy rule for this recipient.</source>
        <translation>Una regla de política para este destinatario.</translation>
    </message>
    <message>
        <source>Sign in to send through your own server, or connect to the recipient domain&apos;s MX.</source>
        <translation>Inicie sesión para enviar a través de su propio servidor, o conéctese al MX del dominio del destinatario.</translation>
    </message>
    <message>
        <source>The server refused the message content.</source>
        <translation>El servidor rechazó el contenido del mensaje.</translation>
    </message>
    <message>
        <source>Send a plain test message; check the sender domain&apos;s authentication.</source>
        <translation>Envíe un mensaje de prueba sencillo; compruebe la autenticación del dominio del remitente.</translation>
    </message>
    <message>
        <source>Recipient domain does not accept mail</source>
        <translation>El dominio del destinatario no acepta correo</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain publishes a null MX: it never receives mail.</source>
        <translation>El dominio del destinatario publica un MX nulo: nunca recibe correo.</translation>
    </message>
    <message>
        <source>The domain is not used for mail.</source>
        <translation>El dominio no se usa para correo.</translation>
    </message>
    <message>
        <source>Ask the recipient for a working address.</source>
        <translation>Pida al destinatario una dirección que funcione.</translation>
    </message>
    <message>
        <source>Undefined status</source>
        <translation>Estado sin definir</translation>
    </message>
    <message>
        <source>The server gave no detail beyond the basic reply code.</source>
        <translation>El servidor no dio más detalle que el código de respuesta básico.</translation>
    </message>
    <message>
        <source>The server does not use more specific status codes for this condition.</source>
        <translation>El servidor no usa códigos de estado más específicos para esta situación.</translation>
    </message>
    <message>
        <source>The reason is only in the text of the reply.</source>
        <translation>El motivo solo aparece en el texto de la respuesta.</translation>
    </message>
    <message>
        <source>Read the text that follows the code: it usually names the reason.</source>
        <translation>Lea el texto que sigue al código: normalmente indica el motivo.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator if the text is unclear.</source>
        <translation>Pregunte al administrador del servidor si el texto no está claro.</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Problema con la dirección</translation>
    </message>
    <message>
        <source>Something is wrong with one of the addresses, without further detail.</source>
        <translation>Hay algún problema con una de las direcciones, sin más detalle.</translation>
    </message>
    <message>
        <source>The server rejects the address for a local reason.</source>
        <translation>El servidor rechaza la dirección por un motivo local.</translation>
    </message>
    <message>
        <source>Check the address letter by letter.</source>
        <translation>Compruebe la dirección letra por letra.</translation>
    </message>
    <message>
        <source>Ask the receiving administrator which address rule was hit.</source>
        <translation>Pregunte al administrador del destino qué regla de direcciones se activó.</translation>
    </message>
    <message>
        <source>Mailbox does not exist</source>
        <translation>El buzón no existe</translation>
    </message>
    <message>
        <source>The mailbox part of the address (before the @) is not known at the destination.</source>
        <translation>La parte de buzón de la dirección (antes de la @) no es conocida en el destino.</translation>
    </message>
    <message>
        <source>The recipient does not exist at the destination (a typo, or the person left).</source>
        <translation>El destinatario no existe en el destino (una errata, o la persona se fue).</translation>
    </message>
    <message>
        <source>The receiving directory is out of date (for example a hybrid or migrated domain).</source>
        <translation>El directorio del destino está desactualizado (por ejemplo, un dominio híbrido o migrado).</translation>
    </message>
    <message>
        <source>Check the spelling of the address with the recipient by another channel.</source>
        <translation>Compruebe con el destinatario, por otro canal, cómo se escribe la dirección.</translation>
    </message>
    <message>
        <source>Remove the address from lists and contacts if it no longer exists.</source>
        <translation>Quite la dirección de listas y contactos si ya no existe.</translation>
    </message>
    <message>
        <source>Destination domain not found</source>
        <translation>Dominio de destino no encontrado</translation>
    </message>
    <message>
        <source>The part after the @ does not name a system that can receive mail.</source>
        <translation>La parte tras la @ no corresponde a ningún sistema que pueda recibir correo.</translation>
    </message>
    <message>
        <source>The domain is misspelled.</source>
        <translation>El dominio está mal escrito.</translation>
    </message>
    <message>
        <source>The domain has expired or has no mail servers in DNS.</source>
        <translation>El dominio ha caducado o no tiene servidores de correo en el DNS.</translation>
    </message>
    <message>
        <source>Check the domain name after the @.</source>
        <translation>Compruebe el nombre de dominio tras la @.</translation>
    </message>
    <message>
        <source>Look up the domain&apos;s MX records; if there are none, its owner must add them.</source>
        <translation>Consulte los registros MX del dominio; si no hay ninguno, su propietario debe añadirlos.</translation>
    </message>
    <message>
        <source>Recipient address syntax invalid</source>
        <translation>Sintaxis de la dirección del destinatario no válida</translation>
    </message>
    <message>
        <source>The recipient address is not written the way mail addresses must be.</source>
        <translation>La dirección del destinatario no está escrita como deben escribirse las direcciones de correo.</translation>
    </message>
    <message>
        <source>Spaces, missing angle brackets or forbidden characters in the address.</source>
        <translation>Espacios, corchetes angulares que faltan o caracteres prohibidos en la dirección.</translation>
    </message>
    <message>
        <source>A display name or quotes were sent instead of the plain address.</source>
        <translation>Se envió un nombre visible o comillas en lugar de la dirección sola.</translation>
    </message>
    <message>
        <source>Send the plain address in angle brackets: RCPT TO:&lt;user@example.com&gt;.</source>
        <translation>Envíe la dirección sola entre corchetes angulares: RCPT TO:&lt;user@example.com&gt;.</translation>
    </message>
    <message>
        <source>Remove spaces and special characters copied from documents.</source>
        <translation>Quite los espacios y caracteres especiales copiados de documentos.</translation>
    </message>
    <message>
        <source>Address ambiguous</source>
        <translation>Dirección ambigua</translation>
    </message>
    <message>
        <source>The address matches more than one mailbox, so the server cannot decide where to deliver.</source>
        <translation>La dirección coincide con más de un buzón, así que el servidor no puede decidir dónde entregar.</translation>
    </message>
    <message>
        <source>Several directory entries share the address or an alias.</source>
        <translation>Varias entradas del directorio comparten la dirección o un alias.</translation>
    </message>
    <message>
        <source>A partial address was given.</source>
        <translation>Se indicó una dirección incompleta.</translation>
    </message>
    <message>
        <source>Use the complete, exact address.</source>
        <translation>Use la dirección completa y exacta.</translation>
    </message>
    <message>
        <source>Ask the receiving administrator to remove the duplicate entry.</source>
        <translation>Pida al administrador del destino que elimine la entrada duplicada.</translation>
    </message>
    <message>
        <source>Destination address valid</source>
        <translation>Dirección de destino válida</translation>
    </message>
    <message>
        <source>The recipient address is valid and the server will take mail for it.</source>
        <translation>La dirección del destinatario es válida y el servidor aceptará correo para ella.</translation>
    </message>
    <message>
        <source>The mailbox exists and accepts mail.</source>
        <translation>El buzón existe y acepta correo.</translation>
    </message>
    <message>
        <source>Nothing to do for this recipient.</source>
        <translation>No hay nada que hacer para este destinatario.</translation>
    </message>
    <message>
        <source>Mailbox moved, no forwarding address</source>
        <translation>Buzón trasladado, sin dirección de reenvío</translation>
    </message>
    <message>
        <source>The mailbox was moved and the server does not know where to.</source>
        <translation>El buzón se trasladó y el servidor no sabe adónde.</translation>
    </message>
    <message>
        <source>The person changed organisation or address.</source>
        <translation>La persona cambió de organización o de dirección.</translation>
    </message>
    <message>
        <source>The old address was retired without a forward.</source>
        <translation>La dirección antigua se retiró sin reenvío.</translation>
    </message>
    <message>
        <source>Ask the recipient for the new address.</source>
        <translation>Pida al destinatario la dirección nueva.</translation>
    </message>
    <message>
        <source>Update the contact and any mailing lists.</source>
        <translation>Actualice el contacto y las listas de distribución.</translation>
    </message>
    <message>
        <source>Sender address syntax invalid</source>
        <translation>Sintaxis de la dirección del remitente no válida</translation>
    </message>
    <message>
        <source>The sender address in MAIL FROM is not written correctly or is refused as written.</source>
        <translation>La dirección del remitente en MAIL FROM no está bien escrita o se rechaza tal como está escrita.</translation>
    </message>
    <message>
        <source>A syntax error in the sender&apos;s address (missing brackets, spaces, no domain).</source>
        <translation>Un error de sintaxis en la dirección del remitente (faltan corchetes, hay espacios, no hay dominio).</translation>
    </message>
    <message>
        <source>There are connection restrictions on the destination server for this sender.</source>
        <translation>Hay restricciones de conexión en el servidor de destino para este remitente.</translation>
    </message>
    <message>
        <source>Send MAIL FROM:&lt;you@yourdomain&gt; with a complete address in angle brackets.</source>
        <translation>Envíe MAIL FROM:&lt;you@yourdomain&gt; con una dirección completa entre corchetes angulares.</translation>
    </message>
    <message>
        <source>Use a sender address of a domain that exists and that you own.</source>
        <translation>Use una dirección de remitente de un dominio que exista y que sea suyo.</translation>
    </message>
    <message>
        <source>Sender domain invalid</source>
        <translation>Dominio del remitente no válido</translation>
    </message>
    <message>
        <source>The domain of the sender address cannot receive replies, so the server refuses the sender.</source>
        <translation>El dominio de la dirección del remitente no puede recibir respuestas, así que el servidor rechaza el remitente.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain does not exist in DNS.</source>
        <translation>El dominio del remitente no existe en el DNS.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain has no MX or A record, so bounces could not be returned.</source>
        <translation>El dominio del remitente no tiene registro MX ni A, así que no se podrían devolver rebotes.</translation>
    </message>
    <message>
        <source>Use a sender address in a domain that exists and receives mail.</source>
        <translation>Use una dirección de remitente de un dominio que exista y reciba correo.</translation>
    </message>
    <message>
        <source>Fix the DNS of the sender&apos;s domain (MX records).</source>
        <translation>Corrija el DNS del dominio del remitente (registros MX).</translation>
    </message>
    <message>
        <source>Relayed to a non-compliant mailer</source>
        <translation>Retransmitido a un sistema de correo no conforme</translation>
    </message>
    <message>
        <source>The message was passed to a system that cannot confirm delivery, so no further status will come.</source>
        <translation>El mensaje se pasó a un sistema que no puede confirmar la entrega, así que no llegará más información de estado.</translation>
    </message>
    <message>
        <source>The next server does not support delivery status notifications.</source>
        <translation>El siguiente servidor no admite notificaciones de estado de entrega.</translation>
    </message>
    <message>
        <source>Ask the recipient whether the message arrived.</source>
        <translation>Pregunte al destinatario si llegó el mensaje.</translation>
    </message>
    <message>
        <source>Recipient domain accepts no mail (null MX)</source>
        <translation>El dominio del destinatario no acepta correo (MX nulo)</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain publishes a null MX record: it states that it never receives mail.</source>
        <translation>El dominio del destinatario publica un registro MX nulo: declara que nunca recibe correo.</translation>
    </message>
    <message>
        <source>The domain is used for websites or sending only.</source>
        <translation>El dominio solo se usa para sitios web o para enviar.</translation>
    </message>
    <message>
        <source>The address is wrong: the recipient uses another domain for mail.</source>
        <translation>La dirección es incorrecta: el destinatario usa otro dominio para el correo.</translation>
    </message>
    <message>
        <source>Do not retry: the domain owner decided this on purpose.</source>
        <translation>No vuelva a intentarlo: el propietario del dominio lo decidió a propósito.</translation>
    </message>
    <message>
        <source>Mailbox status problem</source>
        <translation>Problema de estado del buzón</translation>
    </message>
    <message>
        <source>The mailbox could not take the message right now, without further detail.</source>
        <translation>El buzón no pudo aceptar el mensaje en este momento, sin más detalle.</translation>
    </message>
    <message>
        <source>Greylisting: the server delays first-time senders and accepts the retry.</source>
        <translation>Listas grises: el servidor retrasa a los remitentes nuevos y acepta el reintento.</translation>
    </message>
    <message>
        <source>The mailbox is locked or busy (for example during a move).</source>
        <translation>El buzón está bloqueado u ocupado (por ejemplo, durante un traslado).</translation>
    </message>
    <message>
        <source>A local rule of the receiving server.</source>
        <translation>Una regla local del servidor de destino.</translation>
    </message>
    <message>
        <source>Wait and retry: a real mail server retries by itself within minutes to hours.</source>
        <translation>Espere y vuelva a intentarlo: un servidor de correo real reintenta por sí mismo en cuestión de minutos u horas.</translation>
    </message>
    <message>
        <source>If it persists beyond a day, ask the receiving administrator.</source>
        <translation>Si persiste más de un día, consulte al administrador del destino.</translation>
    </message>
    <message>
        <source>Mailbox disabled</source>
        <translation>Buzón desactivado</translation>
    </message>
    <message>
        <source>The mailbox exists but does not accept messages at the moment.</source>
        <translation>El buzón existe, pero no acepta mensajes en este momento.</translation>
    </message>
    <message>
        <source>The account was suspended or deactivated.</source>
        <translation>La cuenta se suspendió o desactivó.</translation>
    </message>
    <message>
        <source>The mailbox is inactive after a long time without logins.</source>
        <translation>El buzón está inactivo tras mucho tiempo sin inicios de sesión.</translation>
    </message>
    <message>
        <source>Contact the recipient by another channel.</source>
        <translation>Póngase en contacto con el destinatario por otro canal.</translation>
    </message>
    <message>
        <source>Ask the receiving administrator whether the account will be re-enabled.</source>
        <translation>Pregunte al administrador del destino si la cuenta se volverá a activar.</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Buzón lleno</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox has reached its storage quota.</source>
        <translation>El buzón del destinatario ha alcanzado su cuota de almacenamiento.</translation>
    </message>
    <message>
        <source>The recipient has not cleaned up old mail.</source>
        <translation>El destinatario no ha limpiado el correo antiguo.</translation>
    </message>
    <message>
        <source>A large message would push the mailbox over its quota.</source>
        <translation>Un mensaje grande haría que el buzón superase su cuota.</translation>
    </message>
    <message>
        <source>A smaller message (links instead of attachments) may fit.</source>
        <translation>Un mensaje más pequeño (enlaces en lugar de adjuntos) puede caber.</translation>
    </message>
    <message>
        <source>Message too large for the mailbox</source>
        <translation>Mensaje demasiado grande para el buzón</translation>
    </message>
    <message>
        <source>The message is larger than this recipient&apos;s per-message limit.</source>
        <translation>El mensaje supera el límite por mensaje de este destinatario.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox has a stricter size limit than the server.</source>
        <translation>El buzón del destinatario tiene un límite de tamaño más estricto que el servidor.</translation>
    </message>
    <message>
        <source>Send the attachment as a link to a file share.</source>
        <translation>Envíe el adjunto como enlace a un recurso compartido.</translation>
    </message>
    <message>
        <source>Compress or split the attachment.</source>
        <translation>Comprima o divida el adjunto.</translation>
    </message>
    <message>
        <source>Mailing list expansion problem</source>
        <translation>Problema de expansión de lista de distribución</translation>
    </message>
    <message>
        <source>The address is a mailing list and the list could not be expanded to its members.</source>
        <translation>La dirección es una lista de distribución y no se pudo expandir a sus miembros.</translation>
    </message>
    <message>
        <source>The list has no members or a broken member entry.</source>
        <translation>La lista no tiene miembros o tiene una entrada de miembro rota.</translation>
    </message>
    <message>
        <source>The list server has an internal error.</source>
        <translation>El servidor de listas tiene un error interno.</translation>
    </message>
    <message>
        <source>Tell the list owner.</source>
        <translation>Avise al propietario de la lista.</translation>
    </message>
    <message>
        <source>Send to the members directly in the meantime.</source>
        <translation>Mientras tanto, envíe directamente a los miembros.</translation>
    </message>
    <message>
        <source>Security or policy problem</source>
        <translation>Problema de seguridad o de política</translation>
    </message>
    <message>
        <source>A security or policy rule refused the request, without further detail.</source>
        <translation>Una regla de seguridad o de política rechazó la solicitud, sin más detalle.</translation>
    </message>
    <message>
        <source>A local policy of the receiving server.</source>
        <translation>Una política local del servidor de destino.</translation>
    </message>
    <message>
        <source>Sign-in or encryption was expected.</source>
        <translation>Se esperaba inicio de sesión o cifrado.</translation>
    </message>
    <message>
        <source>Read the text of the reply for the rule that was hit.</source>
        <translation>Lea el texto de la respuesta para saber qué regla se activó.</translation>
    </message>
    <message>
        <source>Ask the receiving administrator.</source>
        <translation>Consulte al administrador del destino.</translation>
    </message>
    <message>
        <source>Delivery not authorised</source>
        <translation>Entrega no autorizada</translation>
    </message>
    <message>
        <source>The server is not willing to accept this message from this sender or client.</source>
        <translation>El servidor no está dispuesto a aceptar este mensaje de este remitente o cliente.</translation>
    </message>
    <message>
        <source>The destination server does not accept anonymous submissions; sign-in is needed.</source>
        <translation>El servidor de destino no acepta envíos anónimos; hay que iniciar sesión.</translation>
    </message>
    <message>
        <source>The sender, the sending IP or the content hit an anti-spam or policy rule.</source>
        <translation>El remitente, la IP remitente o el contenido activaron una regla antispam o de política.</translation>
    </message>
    <message>
        <source>The recipient only accepts mail from certain senders.</source>
        <translation>El destinatario solo acepta correo de determinados remitentes.</translation>
    </message>
    <message>
        <source>Read the text of the reply: it usually names the rule.</source>
        <translation>Lea el texto de la respuesta: normalmente indica la regla.</translation>
    </message>
    <message>
        <source>Sign in, or send through the server responsible for your domain.</source>
        <translation>Inicie sesión, o envíe a través del servidor responsable de su dominio.</translation>
    </message>
    <message>
        <source>Mailing list expansion prohibited</source>
        <translation>Expansión de lista de distribución prohibida</translation>
    </message>
    <message>
        <source>The sender may not send to this mailing list.</source>
        <translation>El remitente no puede enviar a esta lista de distribución.</translation>
    </message>
    <message>
        <source>The list only accepts members or moderators as senders.</source>
        <translation>La lista solo acepta como remitentes a miembros o moderadores.</translation>
    </message>
    <message>
        <source>Ask the list owner for permission.</source>
        <translation>Pida permiso al propietario de la lista.</translation>
    </message>
    <message>
        <source>Security conversion not possible</source>
        <translation>Conversión de seguridad imposible</translation>
    </message>
    <message>
        <source>The message would need a security conversion that is not possible.</source>
        <translation>El mensaje necesitaría una conversión de seguridad que no es posible.</translation>
    </message>
    <message>
        <source>Encrypted or signed content that must be converted on the way.</source>
        <translation>Contenido cifrado o firmado que debe convertirse por el camino.</translation>
    </message>
    <message>
        <source>Send without the security wrapping, or ask the administrator.</source>
        <translation>Envíelo sin el envoltorio de seguridad, o consulte al administrador.</translation>
    </message>
    <message>
        <source>Security features not supported</source>
        <translation>Funciones de seguridad no admitidas</translation>
    </message>
    <message>
        <source>The message asks for security features the destination does not support.</source>
        <translation>El mensaje pide funciones de seguridad que el destino no admite.</translation>
    </message>
    <message>
        <source>Encryption or signing features unknown to the destination.</source>
        <translation>Funciones de cifrado o firma desconocidas para el destino.</translation>
    </message>
    <message>
        <source>Send without those features.</source>
        <translation>Envíelo sin esas funciones.</translation>
    </message>
    <message>
        <source>Cryptographic failure</source>
        <translation>Fallo criptográfico</translation>
    </message>
    <message>
        <source>A cryptographic operation (decrypting or verifying the message) failed.</source>
        <translation>Falló una operación criptográfica (descifrar o verificar el mensaje).</translation>
    </message>
    <message>
        <source>A damaged or wrongly encrypted message.</source>
        <translation>Un mensaje dañado o mal cifrado.</translation>
    </message>
    <message>
        <source>Send the message again; check the encryption keys.</source>
        <translation>Vuelva a enviar el mensaje; compruebe las claves de cifrado.</translation>
    </message>
    <message>
        <source>Cryptographic algorithm not supported</source>
        <translation>Algoritmo criptográfico no admitido</translation>
    </message>
    <message>
        <source>The message uses an encryption or signature algorithm the destination does not support.</source>
        <translation>El mensaje usa un algoritmo de cifrado o de firma que el destino no admite.</translation>
    </message>
    <message>
        <source>An old or unusual algorithm.</source>
        <translation>Un algoritmo antiguo o poco habitual.</translation>
    </message>
    <message>
        <source>Use a common algorithm.</source>
        <translation>Use un algoritmo habitual.</translation>
    </message>
    <message>
        <source>Message integrity failure</source>
        <translation>Fallo de integridad del mensaje</translation>
    </message>
    <message>
        <source>The message was changed on the way or its integrity check failed.</source>
        <translation>El mensaje se modificó por el camino o falló su comprobación de integridad.</translation>
    </message>
    <message>
        <source>A gateway modified a signed message.</source>
        <translation>Una pasarela modificó un mensaje firmado.</translation>
    </message>
    <message>
        <source>Send the message again; find which system modifies it.</source>
        <translation>Vuelva a enviar el mensaje; averigüe qué sistema lo modifica.</translation>
    </message>
    <message>
        <source>Credentials invalid</source>
        <translation>Credenciales no válidas</translation>
    </message>
    <message>
        <source>A wrong password or user name (often the full address is the user name).</source>
        <translation>Una contraseña o un nombre de usuario incorrectos (a menudo el nombre de usuario es la dirección completa).</translation>
    </message>
    <message>
        <source>The account is locked or needs an app password because of multi-factor sign-in.</source>
        <translation>La cuenta está bloqueada o necesita una contraseña de aplicación por el inicio de sesión multifactor.</translation>
    </message>
    <message>
        <source>Check the user name and password by signing in to webmail.</source>
        <translation>Compruebe el nombre de usuario y la contraseña iniciando sesión en el webmail.</translation>
    </message>
    <message>
        <source>Create an app password if the provider requires one.</source>
        <translation>Cree una contraseña de aplicación si el proveedor la exige.</translation>
    </message>
    <message>
        <source>The server does not accept this sign-in mechanism for this account.</source>
        <translation>El servidor no acepta este mecanismo de inicio de sesión para esta cuenta.</translation>
    </message>
    <message>
        <source>The mechanism (for example PLAIN without TLS) is considered too weak.</source>
        <translation>El mecanismo (por ejemplo PLAIN sin TLS) se considera demasiado débil.</translation>
    </message>
    <message>
        <source>The provider requires modern sign-in (OAuth) instead of a password.</source>
        <translation>El proveedor exige un inicio de sesión moderno (OAuth) en lugar de una contraseña.</translation>
    </message>
    <message>
        <source>Use TLS and a stronger mechanism, or the provider&apos;s app password or OAuth.</source>
        <translation>Use TLS y un mecanismo más seguro, o la contraseña de aplicación u OAuth del proveedor.</translation>
    </message>
    <message>
        <source>Encryption needed</source>
        <translation>Se necesita cifrado</translation>
    </message>
    <message>
        <source>The server requires an encrypted connection for this.</source>
        <translation>El servidor exige una conexión cifrada para esto.</translation>
    </message>
    <message>
        <source>The client did not start TLS before the command.</source>
        <translation>El cliente no inició TLS antes del comando.</translation>
    </message>
    <message>
        <source>Use STARTTLS (port 587) or implicit TLS (port 465).</source>
        <translation>Use STARTTLS (puerto 587) o TLS implícito (puerto 465).</translation>
    </message>
    <message>
        <source>Encryption required for this sign-in mechanism</source>
        <translation>Se necesita cifrado para este mecanismo de inicio de sesión</translation>
    </message>
    <message>
        <source>The chosen sign-in mechanism is only allowed over an encrypted connection.</source>
        <translation>El mecanismo de inicio de sesión elegido solo se permite sobre una conexión cifrada.</translation>
    </message>
    <message>
        <source>The client tried to send a password before TLS was started.</source>
        <translation>El cliente intentó enviar una contraseña antes de iniciar TLS.</translation>
    </message>
    <message>
        <source>Start TLS first (STARTTLS), then sign in.</source>
        <translation>Inicie primero TLS (STARTTLS) y después inicie sesión.</translation>
    </message>
    <message>
        <source>The account must change its password or sign-in method before it can be used here.</source>
        <translation>La cuenta debe cambiar su contraseña o su método de inicio de sesión antes de poder usarse aquí.</translation>
    </message>
    <message>
        <source>The password expired, or a one-time change is required after a reset.</source>
        <translation>La contraseña caducó, o se exige un cambio único tras un restablecimiento.</translation>
    </message>
    <message>
        <source>Sign in to the provider&apos;s webmail and follow its prompts, then try again.</source>
        <translation>Inicie sesión en el webmail del proveedor y siga sus indicaciones; después vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>User account disabled</source>
        <translation>Cuenta de usuario desactivada</translation>
    </message>
    <message>
        <source>The account is disabled and cannot send.</source>
        <translation>La cuenta está desactivada y no puede enviar.</translation>
    </message>
    <message>
        <source>The administrator disabled the account, or it was suspended for abuse.</source>
        <translation>El administrador desactivó la cuenta, o se suspendió por abuso.</translation>
    </message>
    <message>
        <source>Ask the account&apos;s administrator to re-enable it.</source>
        <translation>Pida al administrador de la cuenta que la vuelva a activar.</translation>
    </message>
    <message>
        <source>Trust relationship required</source>
        <translation>Se requiere una relación de confianza</translation>
    </message>
    <message>
        <source>The server only accepts this from systems it has a trust relationship with.</source>
        <translation>El servidor solo acepta esto de sistemas con los que tiene una relación de confianza.</translation>
    </message>
    <message>
        <source>The connector is restricted to partner servers or certificates.</source>
        <translation>El conector está restringido a servidores o certificados asociados.</translation>
    </message>
    <message>
        <source>Ask the receiving administrator to set up the partner relationship.</source>
        <translation>Pida al administrador del destino que configure la relación de asociación.</translation>
    </message>
    <message>
        <source>Priority level too low</source>
        <translation>Nivel de prioridad demasiado bajo</translation>
    </message>
    <message>
        <source>The message&apos;s priority is too low for the server to accept it now.</source>
        <translation>La prioridad del mensaje es demasiado baja para que el servidor lo acepte ahora.</translation>
    </message>
    <message>
        <source>The server only accepts higher priorities at the moment.</source>
        <translation>En este momento el servidor solo acepta prioridades más altas.</translation>
    </message>
    <message>
        <source>Retry later or with a higher permitted priority.</source>
        <translation>Vuelva a intentarlo más tarde o con una prioridad permitida más alta.</translation>
    </message>
    <message>
        <source>Message too big for its priority</source>
        <translation>Mensaje demasiado grande para su prioridad</translation>
    </message>
    <message>
        <source>The message is too large for the priority it was sent with.</source>
        <translation>El mensaje es demasiado grande para la prioridad con la que se envió.</translation>
    </message>
    <message>
        <source>Size limits per priority level.</source>
        <translation>Límites de tamaño por nivel de prioridad.</translation>
    </message>
    <message>
        <source>Send a smaller message or use another priority.</source>
        <translation>Envíe un mensaje más pequeño o use otra prioridad.</translation>
    </message>
    <message>
        <source>Mailbox owner has changed</source>
        <translation>El propietario del buzón ha cambiado</translation>
    </message>
    <message>
        <source>The mailbox now belongs to someone else than the sender expected.</source>
        <translation>El buzón pertenece ahora a otra persona distinta de la que esperaba el remitente.</translation>
    </message>
    <message>
        <source>The address was reassigned to a new person.</source>
        <translation>La dirección se reasignó a una persona nueva.</translation>
    </message>
    <message>
        <source>Confirm the recipient&apos;s current address before sending personal data.</source>
        <translation>Confirme la dirección actual del destinatario antes de enviar datos personales.</translation>
    </message>
    <message>
        <source>Domain owner has changed</source>
        <translation>El propietario del dominio ha cambiado</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain now belongs to someone else than the sender expected.</source>
        <translation>El dominio del destinatario pertenece ahora a otra persona distinta de la que esperaba el remitente.</translation>
    </message>
    <message>
        <source>The domain was sold or expired and was registered again.</source>
        <translation>El dominio se vendió o caducó y se volvió a registrar.</translation>
    </message>
    <message>
        <source>Confirm the recipient&apos;s current address by another channel.</source>
        <translation>Confirme la dirección actual del destinatario por otro canal.</translation>
    </message>
    <message>
        <source>Owner check could not be completed</source>
        <translation>No se pudo completar la comprobación del propietario</translation>
    </message>
    <message>
        <source>The server could not perform the requested check of the mailbox owner.</source>
        <translation>El servidor no pudo realizar la comprobación solicitada del propietario del buzón.</translation>
    </message>
    <message>
        <source>The destination does not support the require-recipient-valid-since check.</source>
        <translation>El destino no admite la comprobación require-recipient-valid-since.</translation>
    </message>
    <message>
        <source>Send without the check, or confirm the recipient another way.</source>
        <translation>Envíelo sin la comprobación, o confirme el destinatario de otra forma.</translation>
    </message>
    <message>
        <source>No passing DKIM signature</source>
        <translation>Ninguna firma DKIM válida</translation>
    </message>
    <message>
        <source>The message has no valid DKIM signature, which the receiver requires.</source>
        <translation>El mensaje no tiene ninguna firma DKIM válida, y el receptor la exige.</translation>
    </message>
    <message>
        <source>The sending system does not sign with DKIM.</source>
        <translation>El sistema remitente no firma con DKIM.</translation>
    </message>
    <message>
        <source>A system on the way changed the message and broke the signature.</source>
        <translation>Un sistema intermedio modificó el mensaje y rompió la firma.</translation>
    </message>
    <message>
        <source>Enable DKIM signing for the sender&apos;s domain.</source>
        <translation>Active la firma DKIM para el dominio del remitente.</translation>
    </message>
    <message>
        <source>Check the DKIM record in DNS.</source>
        <translation>Compruebe el registro DKIM en el DNS.</translation>
    </message>
    <message>
        <source>No acceptable DKIM signature</source>
        <translation>Ninguna firma DKIM aceptable</translation>
    </message>
    <message>
        <source>The message is signed, but no signature meets the receiver&apos;s requirements.</source>
        <translation>El mensaje está firmado, pero ninguna firma cumple los requisitos del receptor.</translation>
    </message>
    <message>
        <source>A weak key or an algorithm the receiver does not accept.</source>
        <translation>Una clave débil o un algoritmo que el receptor no acepta.</translation>
    </message>
    <message>
        <source>Sign with a 2048-bit RSA or an Ed25519 key.</source>
        <translation>Firme con una clave RSA de 2048 bits o Ed25519.</translation>
    </message>
    <message>
        <source>No DKIM signature matching the author</source>
        <translation>Ninguna firma DKIM coincide con el autor</translation>
    </message>
    <message>
        <source>No valid DKIM signature belongs to the domain in the From: address.</source>
        <translation>Ninguna firma DKIM válida pertenece al dominio de la dirección From:.</translation>
    </message>
    <message>
        <source>The message is signed by a service provider&apos;s domain, not by the author&apos;s.</source>
        <translation>El mensaje está firmado por el dominio de un proveedor de servicios, no por el del autor.</translation>
    </message>
    <message>
        <source>Configure DKIM for the author&apos;s own domain at the sending service.</source>
        <translation>Configure DKIM para el propio dominio del autor en el servicio de envío.</translation>
    </message>
    <message>
        <source>SPF check failed</source>
        <translation>Falló la comprobación SPF</translation>
    </message>
    <message>
        <source>The sending server is not listed in the SPF record of the sender&apos;s domain.</source>
        <translation>El servidor remitente no figura en el registro SPF del dominio del remitente.</translation>
    </message>
    <message>
        <source>Mail is sent through a server or service that is missing from the SPF record.</source>
        <translation>El correo se envía a través de un servidor o servicio que falta en el registro SPF.</translation>
    </message>
    <message>
        <source>The message was forwarded.</source>
        <translation>El mensaje se reenvió.</translation>
    </message>
    <message>
        <source>Add the sending server or service to the domain&apos;s SPF record.</source>
        <translation>Añada el servidor o servicio remitente al registro SPF del dominio.</translation>
    </message>
    <message>
        <source>Check the SPF record with a DNS lookup.</source>
        <translation>Compruebe el registro SPF con una consulta DNS.</translation>
    </message>
    <message>
        <source>SPF check error</source>
        <translation>Error en la comprobación SPF</translation>
    </message>
    <message>
        <source>The SPF record of the sender&apos;s domain could not be evaluated.</source>
        <translation>No se pudo evaluar el registro SPF del dominio del remitente.</translation>
    </message>
    <message>
        <source>A syntax error, too many DNS lookups (over 10) or a temporary DNS failure.</source>
        <translation>Un error de sintaxis, demasiadas consultas DNS (más de 10) o un fallo temporal de DNS.</translation>
    </message>
    <message>
        <source>Check and simplify the SPF record.</source>
        <translation>Compruebe y simplifique el registro SPF.</translation>
    </message>
    <message>
        <source>Reverse DNS check failed</source>
        <translation>Falló la comprobación de DNS inverso</translation>
    </message>
    <message>
        <source>The sending IP address has no valid reverse DNS name, or the name does not point back to it.</source>
        <translation>La dirección IP remitente no tiene un nombre de DNS inverso válido, o el nombre no apunta de vuelta a ella.</translation>
    </message>
    <message>
        <source>No PTR record for the sending IP.</source>
        <translation>No hay registro PTR para la IP remitente.</translation>
    </message>
    <message>
        <source>The PTR name does not resolve back to the same IP.</source>
        <translation>El nombre PTR no se resuelve de vuelta a la misma IP.</translation>
    </message>
    <message>
        <source>Ask whoever owns the IP (ISP or cloud provider) to set a PTR record.</source>
        <translation>Pida a quien tenga la IP (proveedor de Internet o de nube) que configure un registro PTR.</translation>
    </message>
    <message>
        <source>Make the PTR name resolve to the same IP.</source>
        <translation>Haga que el nombre PTR se resuelva a la misma IP.</translation>
    </message>
    <message>
        <source>Several authentication checks failed</source>
        <translation>Fallaron varias comprobaciones de autenticación</translation>
    </message>
    <message>
        <source>The message failed more than one sender authentication check (SPF, DKIM, DMARC).</source>
        <translation>El mensaje no superó más de una comprobación de autenticación del remitente (SPF, DKIM, DMARC).</translation>
    </message>
    <message>
        <source>Neither SPF nor DKIM passes for the sender&apos;s domain.</source>
        <translation>Ni SPF ni DKIM pasan para el dominio del remitente.</translation>
    </message>
    <message>
        <source>DMARC alignment fails.</source>
        <translation>Falla la alineación DMARC.</translation>
    </message>
    <message>
        <source>Set up SPF and DKIM for the sending domain and check DMARC alignment.</source>
        <translation>Configure SPF y DKIM para el dominio remitente y compruebe la alineación DMARC.</translation>
    </message>
    <message>
        <source>Sender domain has null MX</source>
        <translation>El dominio del remitente tiene MX nulo</translation>
    </message>
    <message>
        <source>The sender&apos;s domain says it never receives mail, so replies could not be returned.</source>
        <translation>El dominio del remitente declara que nunca recibe correo, así que no se podrían devolver respuestas.</translation>
    </message>
    <message>
        <source>The sender address uses a send-only domain with a null MX.</source>
        <translation>La dirección del remitente usa un dominio solo de envío con un MX nulo.</translation>
    </message>
    <message>
        <source>Use a sender address in a domain that receives mail.</source>
        <translation>Use una dirección de remitente de un dominio que reciba correo.</translation>
    </message>
    <message>
        <source>Mail flood detected</source>
        <translation>Se detectó una avalancha de correo</translation>
    </message>
    <message>
        <source>The server saw an unusual amount of similar mail and refused this message.</source>
        <translation>El servidor vio una cantidad inusual de correo similar y rechazó este mensaje.</translation>
    </message>
    <message>
        <source>A bulk sending or a compromised account sending spam.</source>
        <translation>Un envío masivo o una cuenta comprometida que envía spam.</translation>
    </message>
    <message>
        <source>Slow down the sending and check the account for abuse.</source>
        <translation>Reduzca el ritmo de envío y compruebe si la cuenta sufre abusos.</translation>
    </message>
    <message>
        <source>ARC validation failed</source>
        <translation>Falló la validación ARC</translation>
    </message>
    <message>
        <source>The message&apos;s ARC chain (authentication results kept across forwarders) did not validate.</source>
        <translation>La cadena ARC del mensaje (resultados de autenticación conservados entre reenviadores) no se validó.</translation>
    </message>
    <message>
        <source>An intermediary broke the ARC chain or signed it incorrectly.</source>
        <translation>Un intermediario rompió la cadena ARC o la firmó incorrectamente.</translation>
    </message>
    <message>
        <source>Check the forwarding service&apos;s ARC signing.</source>
        <translation>Compruebe la firma ARC del servicio de reenvío.</translation>
    </message>
    <message>
        <source>REQUIRETLS support required</source>
        <translation>Se requiere compatibilidad con REQUIRETLS</translation>
    </message>
    <message>
        <source>The message demands TLS on every hop but the next server does not support REQUIRETLS.</source>
        <translation>El mensaje exige TLS en cada salto, pero el siguiente servidor no admite REQUIRETLS.</translation>
    </message>
    <message>
        <source>The next server does not offer REQUIRETLS.</source>
        <translation>El siguiente servidor no ofrece REQUIRETLS.</translation>
    </message>
    <message>
        <source>Send without REQUIRETLS, or to a destination that supports it.</source>
        <translation>Envíelo sin REQUIRETLS, o a un destino que lo admita.</translation>
    </message>
    <message>
        <source>Mail system problem</source>
        <translation>Problema del sistema de correo</translation>
    </message>
    <message>
        <source>The receiving mail system has a problem of its own, without further detail.</source>
        <translation>El sistema de correo de destino tiene un problema propio, sin más detalle.</translation>
    </message>
    <message>
        <source>An internal error or misconfiguration on the receiving server.</source>
        <translation>Un error interno o una configuración incorrecta en el servidor de destino.</translation>
    </message>
    <message>
        <source>A component behind the server (storage, filter) is down.</source>
        <translation>Un componente detrás del servidor (almacenamiento, filtro) no funciona.</translation>
    </message>
    <message>
        <source>If it persists, tell the receiving administrator the exact reply text.</source>
        <translation>Si persiste, facilite al administrador del destino el texto exacto de la respuesta.</translation>
    </message>
    <message>
        <source>Mail system full</source>
        <translation>Sistema de correo lleno</translation>
    </message>
    <message>
        <source>The receiving server has run out of storage for the whole system.</source>
        <translation>El servidor de destino se ha quedado sin almacenamiento para todo el sistema.</translation>
    </message>
    <message>
        <source>Retry later; a temporary reply is retried automatically.</source>
        <translation>Vuelva a intentarlo más tarde; una respuesta temporal se reintenta automáticamente.</translation>
    </message>
    <message>
        <source>Tell the receiving administrator.</source>
        <translation>Avise al administrador del destino.</translation>
    </message>
    <message>
        <source>System not accepting messages</source>
        <translation>El sistema no acepta mensajes</translation>
    </message>
    <message>
        <source>The server is not taking any mail right now, for example while shutting down.</source>
        <translation>El servidor no acepta correo en este momento, por ejemplo mientras se apaga.</translation>
    </message>
    <message>
        <source>Maintenance or a shutdown in progress.</source>
        <translation>Mantenimiento o apagado en curso.</translation>
    </message>
    <message>
        <source>The server is overloaded and refuses new work.</source>
        <translation>El servidor está sobrecargado y rechaza trabajo nuevo.</translation>
    </message>
    <message>
        <source>Retry later or use the next MX.</source>
        <translation>Vuelva a intentarlo más tarde o use el siguiente MX.</translation>
    </message>
    <message>
        <source>Check the provider&apos;s status page.</source>
        <translation>Consulte la página de estado del proveedor.</translation>
    </message>
    <message>
        <source>Feature not supported by the system</source>
        <translation>Función no admitida por el sistema</translation>
    </message>
    <message>
        <source>The message asks for a feature the destination cannot provide.</source>
        <translation>El mensaje pide una función que el destino no puede ofrecer.</translation>
    </message>
    <message>
        <source>The message needs 8-bit, SMTPUTF8 or another extension the destination lacks.</source>
        <translation>El mensaje necesita 8 bits, SMTPUTF8 u otra extensión de la que carece el destino.</translation>
    </message>
    <message>
        <source>Send the message without the special feature (plain ASCII, 7-bit encoding).</source>
        <translation>Envíe el mensaje sin la función especial (ASCII simple, codificación de 7 bits).</translation>
    </message>
    <message>
        <source>Message too big for the system</source>
        <translation>Mensaje demasiado grande para el sistema</translation>
    </message>
    <message>
        <source>The message is larger than the receiving system accepts at all.</source>
        <translation>El mensaje es más grande de lo que el sistema de destino acepta en cualquier caso.</translation>
    </message>
    <message>
        <source>Large attachments beyond the server&apos;s SIZE limit.</source>
        <translation>Adjuntos grandes que superan el límite SIZE del servidor.</translation>
    </message>
    <message>
        <source>Encoding makes attachments about a third bigger than the files.</source>
        <translation>La codificación hace que los adjuntos ocupen alrededor de un tercio más que los archivos.</translation>
    </message>
    <message>
        <source>Check the SIZE the server advertises in its EHLO reply.</source>
        <translation>Compruebe el SIZE que anuncia el servidor en su respuesta a EHLO.</translation>
    </message>
    <message>
        <source>Send large files as a link instead of an attachment.</source>
        <translation>Envíe los archivos grandes como enlace en lugar de adjunto.</translation>
    </message>
    <message>
        <source>System incorrectly configured</source>
        <translation>Sistema mal configurado</translation>
    </message>
    <message>
        <source>The receiving system is misconfigured and cannot handle the message.</source>
        <translation>El sistema de destino está mal configurado y no puede tratar el mensaje.</translation>
    </message>
    <message>
        <source>A configuration error on the receiving server (routing, a loop to itself).</source>
        <translation>Un error de configuración en el servidor de destino (enrutamiento, un bucle hacia sí mismo).</translation>
    </message>
    <message>
        <source>Tell the receiving administrator the exact reply text and time.</source>
        <translation>Facilite al administrador del destino el texto exacto de la respuesta y la hora.</translation>
    </message>
    <message>
        <source>Priority changed</source>
        <translation>Prioridad cambiada</translation>
    </message>
    <message>
        <source>The server accepted the message but changed the priority that was asked for.</source>
        <translation>El servidor aceptó el mensaje, pero cambió la prioridad solicitada.</translation>
    </message>
    <message>
        <source>The sender may not use the requested priority level.</source>
        <translation>El remitente no puede usar el nivel de prioridad solicitado.</translation>
    </message>
    <message>
        <source>Nothing to fix unless the priority matters; ask the administrator about allowed levels.</source>
        <translation>Nada que corregir salvo que la prioridad importe; pregunte al administrador por los niveles permitidos.</translation>
    </message>
    <message>
        <source>Network or routing problem</source>
        <translation>Problema de red o de enrutamiento</translation>
    </message>
    <message>
        <source>The message could not be passed on because of a network or routing problem.</source>
        <translation>No se pudo pasar el mensaje por un problema de red o de enrutamiento.</translation>
    </message>
    <message>
        <source>A network problem between mail servers.</source>
        <translation>Un problema de red entre servidores de correo.</translation>
    </message>
    <message>
        <source>A routing error on an intermediate server.</source>
        <translation>Un error de enrutamiento en un servidor intermedio.</translation>
    </message>
    <message>
        <source>If it persists, test the route to the destination&apos;s MX with this wizard.</source>
        <translation>Si persiste, pruebe con este asistente la ruta hasta el MX del destino.</translation>
    </message>
    <message>
        <source>No answer from host</source>
        <translation>Sin respuesta del host</translation>
    </message>
    <message>
        <source>The sending side could not get a connection to the destination&apos;s mail server.</source>
        <translation>El lado remitente no pudo conectarse con el servidor de correo del destino.</translation>
    </message>
    <message>
        <source>The destination server is down or blocked by a firewall.</source>
        <translation>El servidor de destino no funciona o lo bloquea un cortafuegos.</translation>
    </message>
    <message>
        <source>Outbound port 25 is blocked on the sending network.</source>
        <translation>El puerto 25 de salida está bloqueado en la red remitente.</translation>
    </message>
    <message>
        <source>Test a connection to the destination&apos;s MX on port 25.</source>
        <translation>Pruebe una conexión al MX del destino en el puerto 25.</translation>
    </message>
    <message>
        <source>Check firewalls on both sides.</source>
        <translation>Compruebe los cortafuegos de ambos lados.</translation>
    </message>
    <message>
        <source>Bad connection</source>
        <translation>Conexión defectuosa</translation>
    </message>
    <message>
        <source>The connection to the destination broke during the transfer.</source>
        <translation>La conexión con el destino se cortó durante la transferencia.</translation>
    </message>
    <message>
        <source>The network dropped the connection.</source>
        <translation>La red cortó la conexión.</translation>
    </message>
    <message>
        <source>The receiving server closed the connection unexpectedly.</source>
        <translation>El servidor de destino cerró la conexión de forma inesperada.</translation>
    </message>
    <message>
        <source>If it happens every time at the same step, look at the transcript of a test.</source>
        <translation>Si ocurre siempre en el mismo paso, revise la transcripción de una prueba.</translation>
    </message>
    <message>
        <source>Directory server failure</source>
        <translation>Fallo del servidor de directorio</translation>
    </message>
    <message>
        <source>A directory lookup (usually DNS) failed, so the destination could not be determined.</source>
        <translation>Falló una consulta de directorio (normalmente DNS), así que no se pudo determinar el destino.</translation>
    </message>
    <message>
        <source>The DNS servers of the destination domain did not answer.</source>
        <translation>Los servidores DNS del dominio de destino no respondieron.</translation>
    </message>
    <message>
        <source>A local resolver problem on the sending server.</source>
        <translation>Un problema del resolvedor local en el servidor remitente.</translation>
    </message>
    <message>
        <source>Look up the destination&apos;s MX records and check they answer.</source>
        <translation>Consulte los registros MX del destino y compruebe que responden.</translation>
    </message>
    <message>
        <source>Retry later; DNS failures are often temporary.</source>
        <translation>Vuelva a intentarlo más tarde; los fallos de DNS suelen ser temporales.</translation>
    </message>
    <message>
        <source>Unable to route</source>
        <translation>No se puede enrutar</translation>
    </message>
    <message>
        <source>No route to the destination was found: there is no mail server to deliver to.</source>
        <translation>No se encontró ninguna ruta al destino: no hay ningún servidor de correo al que entregar.</translation>
    </message>
    <message>
        <source>The domain has no MX and no address records.</source>
        <translation>El dominio no tiene registros MX ni registros de dirección.</translation>
    </message>
    <message>
        <source>The domain name is misspelled or does not exist.</source>
        <translation>El nombre de dominio está mal escrito o no existe.</translation>
    </message>
    <message>
        <source>Check the domain after the @.</source>
        <translation>Compruebe el dominio tras la @.</translation>
    </message>
    <message>
        <source>Look up the domain&apos;s MX records.</source>
        <translation>Consulte los registros MX del dominio.</translation>
    </message>
    <message>
        <source>Mail system congestion</source>
        <translation>Congestión del sistema de correo</translation>
    </message>
    <message>
        <source>The mail system is congested and cannot take the message now.</source>
        <translation>El sistema de correo está congestionado y no puede aceptar el mensaje ahora.</translation>
    </message>
    <message>
        <source>Too much traffic at the destination or on the way.</source>
        <translation>Demasiado tráfico en el destino o por el camino.</translation>
    </message>
    <message>
        <source>Retry later; the sending server does this by itself.</source>
        <translation>Vuelva a intentarlo más tarde; el servidor remitente lo hace por sí mismo.</translation>
    </message>
    <message>
        <source>Routing loop detected</source>
        <translation>Se detectó un bucle de enrutamiento</translation>
    </message>
    <message>
        <source>The message went round in circles between servers and was stopped.</source>
        <translation>El mensaje dio vueltas entre servidores y se detuvo.</translation>
    </message>
    <message>
        <source>Two servers forward the domain to each other.</source>
        <translation>Dos servidores se reenvían el dominio el uno al otro.</translation>
    </message>
    <message>
        <source>A forwarding rule points back to the same mailbox.</source>
        <translation>Una regla de reenvío apunta de vuelta al mismo buzón.</translation>
    </message>
    <message>
        <source>Check the MX records and the forwarding rules of the destination.</source>
        <translation>Compruebe los registros MX y las reglas de reenvío del destino.</translation>
    </message>
    <message>
        <source>Tell the receiving administrator the full bounce.</source>
        <translation>Facilite al administrador del destino el rebote completo.</translation>
    </message>
    <message>
        <source>Delivery time expired</source>
        <translation>Tiempo de entrega agotado</translation>
    </message>
    <message>
        <source>The sending server tried for the whole retry period and gave up.</source>
        <translation>El servidor remitente lo intentó durante todo el periodo de reintentos y se rindió.</translation>
    </message>
    <message>
        <source>The destination was unreachable or kept deferring for days.</source>
        <translation>El destino estuvo inaccesible o siguió aplazando durante días.</translation>
    </message>
    <message>
        <source>The message was held in a queue too long.</source>
        <translation>El mensaje estuvo demasiado tiempo en una cola.</translation>
    </message>
    <message>
        <source>Test the destination with this wizard to see why it defers or cannot be reached.</source>
        <translation>Pruebe el destino con este asistente para ver por qué aplaza o no es accesible.</translation>
    </message>
    <message>
        <source>Send again once the destination works.</source>
        <translation>Vuelva a enviarlo cuando el destino funcione.</translation>
    </message>
    <message>
        <source>Protocol problem</source>
        <translation>Problema de protocolo</translation>
    </message>
    <message>
        <source>Something in the SMTP conversation was wrong, without further detail.</source>
        <translation>Algo falló en la conversación SMTP, sin más detalle.</translation>
    </message>
    <message>
        <source>A client or server bug.</source>
        <translation>Un error del cliente o del servidor.</translation>
    </message>
    <message>
        <source>A command the server did not expect at this point.</source>
        <translation>Un comando que el servidor no esperaba en este punto.</translation>
    </message>
    <message>
        <source>Look at the transcript for the command before this reply.</source>
        <translation>Busque en la transcripción el comando anterior a esta respuesta.</translation>
    </message>
    <message>
        <source>Invalid command</source>
        <translation>Comando no válido</translation>
    </message>
    <message>
        <source>The server does not recognise or allow the command.</source>
        <translation>El servidor no reconoce o no permite el comando.</translation>
    </message>
    <message>
        <source>The command was sent in the wrong order.</source>
        <translation>El comando se envió en un orden incorrecto.</translation>
    </message>
    <message>
        <source>Check the command spelling and order (EHLO, MAIL FROM, RCPT TO, DATA).</source>
        <translation>Compruebe la escritura y el orden de los comandos (EHLO, MAIL FROM, RCPT TO, DATA).</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <translation>Error de sintaxis</translation>
    </message>
    <message>
        <source>The command could not be parsed.</source>
        <translation>No se pudo analizar el comando.</translation>
    </message>
    <message>
        <source>Missing angle brackets, a colon or a space in the wrong place.</source>
        <translation>Faltan corchetes angulares, dos puntos, o hay un espacio en un lugar incorrecto.</translation>
    </message>
    <message>
        <source>Characters the server does not accept.</source>
        <translation>Caracteres que el servidor no acepta.</translation>
    </message>
    <message>
        <source>Check the exact syntax, for example MAIL FROM:&lt;you@example.com&gt;.</source>
        <translation>Compruebe la sintaxis exacta, por ejemplo MAIL FROM:&lt;you@example.com&gt;.</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <translation>Demasiados destinatarios</translation>
    </message>
    <message>
        <source>The message has more recipients than the server accepts at once.</source>
        <translation>El mensaje tiene más destinatarios de los que el servidor acepta a la vez.</translation>
    </message>
    <message>
        <source>A per-message recipient limit on the server.</source>
        <translation>Un límite de destinatarios por mensaje en el servidor.</translation>
    </message>
    <message>
        <source>Split the recipients over several messages.</source>
        <translation>Reparta los destinatarios en varios mensajes.</translation>
    </message>
    <message>
        <source>Use a mailing list for large groups.</source>
        <translation>Use una lista de distribución para grupos grandes.</translation>
    </message>
    <message>
        <source>Invalid command arguments</source>
        <translation>Argumentos del comando no válidos</translation>
    </message>
    <message>
        <source>The command was understood but its arguments are not acceptable.</source>
        <translation>Se entendió el comando, pero sus argumentos no son aceptables.</translation>
    </message>
    <message>
        <source>Invalid characters in a domain name or address.</source>
        <translation>Caracteres no válidos en un nombre de dominio o una dirección.</translation>
    </message>
    <message>
        <source>A parameter the server does not support.</source>
        <translation>Un parámetro que el servidor no admite.</translation>
    </message>
    <message>
        <source>Check the name or address given with the command.</source>
        <translation>Compruebe el nombre o la dirección indicados con el comando.</translation>
    </message>
    <message>
        <source>Wrong protocol version</source>
        <translation>Versión de protocolo incorrecta</translation>
    </message>
    <message>
        <source>The two sides do not speak the same version of the protocol.</source>
        <translation>Los dos lados no hablan la misma versión del protocolo.</translation>
    </message>
    <message>
        <source>A client or server that needs a different protocol version.</source>
        <translation>Un cliente o servidor que necesita otra versión del protocolo.</translation>
    </message>
    <message>
        <source>Use a standard SMTP client, or ask the administrator which protocol the port speaks.</source>
        <translation>Use un cliente SMTP estándar, o pregunte al administrador qué protocolo habla el puerto.</translation>
    </message>
    <message>
        <source>Sign-in line too long</source>
        <translation>Línea de inicio de sesión demasiado larga</translation>
    </message>
    <message>
        <source>A line of the sign-in exchange was longer than the server accepts.</source>
        <translation>Una línea del intercambio de inicio de sesión era más larga de lo que acepta el servidor.</translation>
    </message>
    <message>
        <source>A very long token or password in a single line.</source>
        <translation>Un token o una contraseña muy largos en una sola línea.</translation>
    </message>
    <message>
        <source>Use a mechanism with shorter lines or the initial-response form the server supports.</source>
        <translation>Use un mecanismo con líneas más cortas o la forma de respuesta inicial que admita el servidor.</translation>
    </message>
    <message>
        <source>Media problem</source>
        <translation>Problema de contenido</translation>
    </message>
    <message>
        <source>Something in the message content or format caused a problem, without further detail.</source>
        <translation>Algo del contenido o del formato del mensaje causó un problema, sin más detalle.</translation>
    </message>
    <message>
        <source>Unusual encoding or structure of the message.</source>
        <translation>Codificación o estructura poco habitual del mensaje.</translation>
    </message>
    <message>
        <source>Send a simple plain-text test message to see whether the content is the cause.</source>
        <translation>Envíe un mensaje de prueba sencillo de texto sin formato para ver si la causa es el contenido.</translation>
    </message>
    <message>
        <source>Media not supported</source>
        <translation>Contenido no admitido</translation>
    </message>
    <message>
        <source>The message contains a content type the destination does not accept.</source>
        <translation>El mensaje contiene un tipo de contenido que el destino no acepta.</translation>
    </message>
    <message>
        <source>An attachment type the destination does not accept.</source>
        <translation>Un tipo de adjunto que el destino no acepta.</translation>
    </message>
    <message>
        <source>Send the file in another format or as a link.</source>
        <translation>Envíe el archivo en otro formato o como enlace.</translation>
    </message>
    <message>
        <source>Conversion required and prohibited</source>
        <translation>Conversión necesaria y prohibida</translation>
    </message>
    <message>
        <source>The message would need converting for the destination, but the sender forbade conversion.</source>
        <translation>El mensaje tendría que convertirse para el destino, pero el remitente prohibió la conversión.</translation>
    </message>
    <message>
        <source>Content flagged as not to be converted on a path that needs conversion.</source>
        <translation>Contenido marcado para no convertirse en una ruta que necesita conversión.</translation>
    </message>
    <message>
        <source>Send the message without the conversion restriction.</source>
        <translation>Envíe el mensaje sin la restricción de conversión.</translation>
    </message>
    <message>
        <source>Conversion required but not supported</source>
        <translation>Conversión necesaria pero no admitida</translation>
    </message>
    <message>
        <source>The message would need converting (for example 8-bit to 7-bit), which the server cannot do.</source>
        <translation>El mensaje tendría que convertirse (por ejemplo, de 8 bits a 7 bits), y el servidor no puede hacerlo.</translation>
    </message>
    <message>
        <source>8-bit content sent to a server that does not support 8BITMIME.</source>
        <translation>Contenido de 8 bits enviado a un servidor que no admite 8BITMIME.</translation>
    </message>
    <message>
        <source>Encode the message with quoted-printable or base64.</source>
        <translation>Codifique el mensaje con quoted-printable o base64.</translation>
    </message>
    <message>
        <source>Conversion with loss performed</source>
        <translation>Conversión realizada con pérdida</translation>
    </message>
    <message>
        <source>The message was delivered, but had to be converted and some content may be lost.</source>
        <translation>El mensaje se entregó, pero hubo que convertirlo y puede haberse perdido parte del contenido.</translation>
    </message>
    <message>
        <source>The destination could not represent part of the content.</source>
        <translation>El destino no pudo representar parte del contenido.</translation>
    </message>
    <message>
        <source>Ask the recipient whether the message looks complete.</source>
        <translation>Pregunte al destinatario si el mensaje parece completo.</translation>
    </message>
    <message>
        <source>Conversion failed</source>
        <translation>Falló la conversión</translation>
    </message>
    <message>
        <source>Converting the message for the destination failed.</source>
        <translation>Falló la conversión del mensaje para el destino.</translation>
    </message>
    <message>
        <source>Broken encoding or character set in the message.</source>
        <translation>Codificación o juego de caracteres dañado en el mensaje.</translation>
    </message>
    <message>
        <source>Send the message with standard encoding (UTF-8, base64 attachments).</source>
        <translation>Envíe el mensaje con codificación estándar (UTF-8, adjuntos en base64).</translation>
    </message>
    <message>
        <source>Message content not available</source>
        <translation>Contenido del mensaje no disponible</translation>
    </message>
    <message>
        <source>Content that the message refers to could not be fetched.</source>
        <translation>No se pudo obtener el contenido al que hace referencia el mensaje.</translation>
    </message>
    <message>
        <source>A referenced part (BURL) is no longer available.</source>
        <translation>Una parte referenciada (BURL) ya no está disponible.</translation>
    </message>
    <message>
        <source>Send the message with its content included.</source>
        <translation>Envíe el mensaje con su contenido incluido.</translation>
    </message>
    <message>
        <source>Non-ASCII address not permitted</source>
        <translation>Dirección no ASCII no permitida</translation>
    </message>
    <message>
        <source>An address with non-ASCII characters cannot be used for this sender or recipient.</source>
        <translation>No se puede usar una dirección con caracteres no ASCII para este remitente o destinatario.</translation>
    </message>
    <message>
        <source>The server or the next hop does not support SMTPUTF8.</source>
        <translation>El servidor o el siguiente salto no admite SMTPUTF8.</translation>
    </message>
    <message>
        <source>Use an ASCII alias of the address.</source>
        <translation>Use un alias ASCII de la dirección.</translation>
    </message>
    <message>
        <source>UTF-8 reply required but not permitted</source>
        <translation>Se necesita una respuesta UTF-8, pero no está permitida</translation>
    </message>
    <message>
        <source>The server would need to reply in UTF-8, which the client did not allow.</source>
        <translation>El servidor tendría que responder en UTF-8, y el cliente no lo permitió.</translation>
    </message>
    <message>
        <source>The client did not announce SMTPUTF8 support.</source>
        <translation>El cliente no anunció compatibilidad con SMTPUTF8.</translation>
    </message>
    <message>
        <source>Use a client with SMTPUTF8 support, or ASCII addresses.</source>
        <translation>Use un cliente compatible con SMTPUTF8, o direcciones ASCII.</translation>
    </message>
    <message>
        <source>UTF-8 header cannot be transferred</source>
        <translation>No se puede transferir un encabezado UTF-8</translation>
    </message>
    <message>
        <source>The message has UTF-8 headers that cannot be passed to one of the recipients.</source>
        <translation>El mensaje tiene encabezados UTF-8 que no se pueden pasar a uno de los destinatarios.</translation>
    </message>
    <message>
        <source>The recipient&apos;s server does not support SMTPUTF8.</source>
        <translation>El servidor del destinatario no admite SMTPUTF8.</translation>
    </message>
    <message>
        <source>Send the message with ASCII headers (encoded words).</source>
        <translation>Envíe el mensaje con encabezados ASCII (palabras codificadas).</translation>
    </message>
    <message>
        <source>UTF-8 reply required (duplicate entry)</source>
        <translation>Se necesita una respuesta UTF-8 (entrada duplicada)</translation>
    </message>
    <message>
        <source>Registered a second time for the same condition as X.6.8: a UTF-8 reply is needed but the client did not allow it.</source>
        <translation>Registrado por segunda vez para la misma situación que X.6.8: se necesita una respuesta UTF-8, pero el cliente no lo permitió.</translation>
    </message>
    <message>
        <source>Treat it like X.6.8: use SMTPUTF8 or ASCII addresses.</source>
        <translation>Trátelo como X.6.8: use SMTPUTF8 o direcciones ASCII.</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>Problema inesperado</translation>
    </message>
    <message>
        <source>Something went wrong that the catalogue does not describe yet.</source>
        <translation>Algo salió mal que el catálogo aún no describe.</translation>
    </message>
    <message>
        <source>An unusual condition in the network or on the server.</source>
        <translation>Una situación poco habitual en la red o en el servidor.</translation>
    </message>
    <message>
        <source>Read the details and the transcript, then repeat the test.</source>
        <translation>Lea los detalles y la transcripción y repita la prueba.</translation>
    </message>
    <message>
        <source>The server expected a TLS handshake but did not get one, or the reverse.</source>
        <translation>El servidor esperaba un protocolo de enlace TLS y no lo recibió, o al revés.</translation>
    </message>
    <message>
        <source>A TLS port (465) spoken to in plain text: the server waits for a TLS handshake.</source>
        <translation>Se habló en texto sin cifrar con un puerto TLS (465): el servidor espera un protocolo de enlace TLS.</translation>
    </message>
    <message>
        <source>For port 465 choose implicit TLS (&quot;TLS from the start&quot;).</source>
        <translation>Para el puerto 465 elija TLS implícito (&quot;TLS desde el principio&quot;).</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <translation>Problema de certificado</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>No se pudo verificar el certificado del servidor.</translation>
    </message>
    <message>
        <source>The certificate or its chain has a problem the TLS library reported.</source>
        <translation>El certificado o su cadena tiene un problema del que informó la biblioteca TLS.</translation>
    </message>
    <message>
        <source>Open the certificate details and compare them with what you expect.</source>
        <translation>Abra los detalles del certificado y compárelos con lo que espera.</translation>
    </message>
    <message>
        <source>Domain does not exist</source>
        <translation>El dominio no existe</translation>
    </message>
    <message>
        <source>The DNS says this domain does not exist (NXDOMAIN).</source>
        <translation>El DNS indica que este dominio no existe (NXDOMAIN).</translation>
    </message>
    <message>
        <source>The domain expired or was never registered.</source>
        <translation>El dominio caducó o nunca se registró.</translation>
    </message>
    <message>
        <source>Check the spelling of the domain after the @.</source>
        <translation>Compruebe cómo está escrito el dominio tras la @.</translation>
    </message>
    <message>
        <source>Look the domain up with a public DNS service to confirm.</source>
        <translation>Consulte el dominio con un servicio DNS público para confirmarlo.</translation>
    </message>
    <message>
        <source>DNS server did not answer</source>
        <translation>El servidor DNS no respondió</translation>
    </message>
    <message>
        <source>The DNS server gave no usable answer in time.</source>
        <translation>El servidor DNS no dio a tiempo ninguna respuesta utilizable.</translation>
    </message>
    <message>
        <source>The DNS server is unreachable or overloaded.</source>
        <translation>El servidor DNS es inaccesible o está sobrecargado.</translation>
    </message>
    <message>
        <source>The domain&apos;s own name servers are down.</source>
        <translation>Los propios servidores de nombres del dominio no funcionan.</translation>
    </message>
    <message>
        <source>A firewall blocks DNS (port 53).</source>
        <translation>Un cortafuegos bloquea el DNS (puerto 53).</translation>
    </message>
    <message>
        <source>Try again, or choose another DNS server in the connection settings.</source>
        <translation>Vuelva a intentarlo, o elija otro servidor DNS en la configuración de la conexión.</translation>
    </message>
    <message>
        <source>Check that this computer can resolve other names.</source>
        <translation>Compruebe que este equipo puede resolver otros nombres.</translation>
    </message>
    <message>
        <source>DNS lookup failed</source>
        <translation>Falló la consulta DNS</translation>
    </message>
    <message>
        <source>The DNS server reported a failure (SERVFAIL or REFUSED) instead of an answer.</source>
        <translation>El servidor DNS informó de un fallo (SERVFAIL o REFUSED) en lugar de una respuesta.</translation>
    </message>
    <message>
        <source>The domain&apos;s name servers are broken or its DNSSEC signatures are invalid.</source>
        <translation>Los servidores de nombres del dominio fallan o sus firmas DNSSEC no son válidas.</translation>
    </message>
    <message>
        <source>The DNS server refuses queries from this computer.</source>
        <translation>El servidor DNS rechaza las consultas de este equipo.</translation>
    </message>
    <message>
        <source>Try another DNS server.</source>
        <translation>Pruebe otro servidor DNS.</translation>
    </message>
    <message>
        <source>Ask the domain owner to check their DNS (and DNSSEC).</source>
        <translation>Pida al propietario del dominio que revise su DNS (y DNSSEC).</translation>
    </message>
    <message>
        <source>Host name has no address</source>
        <translation>El nombre de host no tiene dirección</translation>
    </message>
    <message>
        <source>The server name exists but has no IPv4 or IPv6 address in DNS.</source>
        <translation>El nombre del servidor existe, pero no tiene dirección IPv4 ni IPv6 en el DNS.</translation>
    </message>
    <message>
        <source>A missing A or AAAA record.</source>
        <translation>Falta un registro A o AAAA.</translation>
    </message>
    <message>
        <source>A typo in the server name.</source>
        <translation>Una errata en el nombre del servidor.</translation>
    </message>
    <message>
        <source>Check the host name; ask the DNS owner to add its A/AAAA record.</source>
        <translation>Compruebe el nombre de host; pida al propietario del DNS que añada su registro A/AAAA.</translation>
    </message>
    <message>
        <source>Domain accepts no mail (null MX)</source>
        <translation>El dominio no acepta correo (MX nulo)</translation>
    </message>
    <message>
        <source>The domain publishes &quot;MX 0 .&quot; to say it never receives mail.</source>
        <translation>El dominio publica &quot;MX 0 .&quot; para indicar que nunca recibe correo.</translation>
    </message>
    <message>
        <source>The domain is used only for a website or for sending.</source>
        <translation>El dominio solo se usa para un sitio web o para enviar.</translation>
    </message>
    <message>
        <source>The address uses the wrong domain.</source>
        <translation>La dirección usa un dominio incorrecto.</translation>
    </message>
    <message>
        <source>MX points at a name without address</source>
        <translation>El MX apunta a un nombre sin dirección</translation>
    </message>
    <message>
        <source>The domain&apos;s MX record names a mail server that has no address in DNS.</source>
        <translation>El registro MX del dominio indica un servidor de correo que no tiene dirección en el DNS.</translation>
    </message>
    <message>
        <source>The mail server was renamed or removed but the MX was not updated.</source>
        <translation>El servidor de correo se renombró o eliminó, pero no se actualizó el MX.</translation>
    </message>
    <message>
        <source>A typo in the MX record.</source>
        <translation>Una errata en el registro MX.</translation>
    </message>
    <message>
        <source>Ask the domain owner to fix the MX record or add the server&apos;s A/AAAA record.</source>
        <translation>Pida al propietario del dominio que corrija el registro MX o añada el registro A/AAAA del servidor.</translation>
    </message>
    <message>
        <source>No address of the chosen IP family</source>
        <translation>Ninguna dirección de la familia IP elegida</translation>
    </message>
    <message>
        <source>The mail servers have addresses, but none of the IP version selected (IPv4 or IPv6).</source>
        <translation>Los servidores de correo tienen direcciones, pero ninguna de la versión de IP seleccionada (IPv4 o IPv6).</translation>
    </message>
    <message>
        <source>Only IPv6 addresses while IPv4 was asked for, or the reverse.</source>
        <translation>Solo hay direcciones IPv6 y se pidió IPv4, o al revés.</translation>
    </message>
    <message>
        <source>Allow both IPv4 and IPv6 in the connection settings.</source>
        <translation>Permita IPv4 e IPv6 en la configuración de la conexión.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Conexión rechazada</translation>
    </message>
    <message>
        <source>The destination answered that nothing accepts connections on this port.</source>
        <translation>El destino respondió que nada acepta conexiones en este puerto.</translation>
    </message>
    <message>
        <source>The SMTP service on the destination is down or not listening on this port.</source>
        <translation>El servicio SMTP del destino no funciona o no escucha en este puerto.</translation>
    </message>
    <message>
        <source>A firewall at the destination blocks the connection.</source>
        <translation>Un cortafuegos del destino bloquea la conexión.</translation>
    </message>
    <message>
        <source>A firewall at the source (your network, ISP or cloud provider) blocks outgoing connections to this port; outbound port 25 is often blocked.</source>
        <translation>Un cortafuegos del origen (su red, su proveedor de Internet o de nube) bloquea las conexiones salientes a este puerto; el puerto 25 de salida suele estar bloqueado.</translation>
    </message>
    <message>
        <source>The FQDN or IP address of the destination server is wrong.</source>
        <translation>El FQDN o la dirección IP del servidor de destino son incorrectos.</translation>
    </message>
    <message>
        <source>The port number is wrong (25 for server-to-server, 587 or 465 for submission).</source>
        <translation>El número de puerto es incorrecto (25 entre servidores, 587 o 465 para envío).</translation>
    </message>
    <message>
        <source>Check the host name or IP address and the port.</source>
        <translation>Compruebe el nombre de host o la dirección IP y el puerto.</translation>
    </message>
    <message>
        <source>Test from another network to rule out a local firewall.</source>
        <translation>Pruebe desde otra red para descartar un cortafuegos local.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator whether the mail service runs.</source>
        <translation>Pregunte al administrador del servidor si el servicio de correo está en funcionamiento.</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Tiempo de conexión agotado</translation>
    </message>
    <message>
        <source>No answer came to the connection attempt; packets were dropped silently.</source>
        <translation>No llegó ninguna respuesta al intento de conexión; los paquetes se descartaron sin aviso.</translation>
    </message>
    <message>
        <source>A firewall at the source (your network, ISP or cloud provider) blocks outbound port 25; most ISPs and cloud providers do.</source>
        <translation>Un cortafuegos del origen (su red, su proveedor de Internet o de nube) bloquea el puerto 25 de salida; la mayoría de proveedores de Internet y de nube lo hacen.</translation>
    </message>
    <message>
        <source>Test port 587 or 465, or from another network, to see whether port 25 is blocked locally.</source>
        <translation>Pruebe el puerto 587 o 465, o desde otra red, para ver si el puerto 25 está bloqueado localmente.</translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation>Host inaccesible</translation>
    </message>
    <message>
        <source>The network reports that the destination host cannot be reached.</source>
        <translation>La red informa de que no se puede llegar al host de destino.</translation>
    </message>
    <message>
        <source>The host is down or the address is wrong.</source>
        <translation>El host no funciona o la dirección es incorrecta.</translation>
    </message>
    <message>
        <source>A router or firewall on the way rejects the traffic.</source>
        <translation>Un router o un cortafuegos en el camino rechaza el tráfico.</translation>
    </message>
    <message>
        <source>Check the address; test the route (ping or traceroute) from this computer.</source>
        <translation>Compruebe la dirección; pruebe la ruta (ping o traceroute) desde este equipo.</translation>
    </message>
    <message>
        <source>Network unreachable</source>
        <translation>Red inaccesible</translation>
    </message>
    <message>
        <source>This computer has no route to the destination network.</source>
        <translation>Este equipo no tiene ruta a la red de destino.</translation>
    </message>
    <message>
        <source>No internet connection, or no IPv6 connectivity for an IPv6 address.</source>
        <translation>No hay conexión a Internet, o no hay conectividad IPv6 para una dirección IPv6.</translation>
    </message>
    <message>
        <source>A VPN or proxy changes the routes.</source>
        <translation>Una VPN o un proxy cambia las rutas.</translation>
    </message>
    <message>
        <source>Check the network connection; try IPv4 only.</source>
        <translation>Compruebe la conexión de red; pruebe solo con IPv4.</translation>
    </message>
    <message>
        <source>Connection reset</source>
        <translation>Conexión restablecida</translation>
    </message>
    <message>
        <source>The connection was cut off abruptly with a TCP reset (RST) by the server or a device on the way, not closed in order; whatever was still on its way was lost.</source>
        <translation>La conexión se cortó bruscamente con un restablecimiento TCP (RST) del servidor o de un dispositivo en el camino, en lugar de cerrarse ordenadamente; se perdió lo que aún estaba en camino.</translation>
    </message>
    <message>
        <source>A firewall or intrusion-prevention system dropped the session.</source>
        <translation>Un cortafuegos o un sistema de prevención de intrusiones cortó la sesión.</translation>
    </message>
    <message>
        <source>The server crashed, or its software gave up on the client without reading what it had sent.</source>
        <translation>El servidor se bloqueó, o su software abandonó al cliente sin leer lo que había enviado.</translation>
    </message>
    <message>
        <source>A filter in front of the server refuses the message (right after DATA: often its size or content).</source>
        <translation>Un filtro delante del servidor rechaza el mensaje (justo después de DATA: a menudo por su tamaño o contenido).</translation>
    </message>
    <message>
        <source>Retry; if it repeats at the same step, test from another network.</source>
        <translation>Vuelva a intentarlo; si se repite en el mismo paso, pruebe desde otra red.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator what its logs say for this time and address.</source>
        <translation>Pregunte al administrador del servidor qué dicen sus registros para esta hora y dirección.</translation>
    </message>
    <message>
        <source>Server closed the connection</source>
        <translation>El servidor cerró la conexión</translation>
    </message>
    <message>
        <source>The server hung up without sending a reply.</source>
        <translation>El servidor colgó sin enviar respuesta.</translation>
    </message>
    <message>
        <source>The server refuses this client silently (blocklist, connection limit).</source>
        <translation>El servidor rechaza a este cliente sin avisar (lista de bloqueo, límite de conexiones).</translation>
    </message>
    <message>
        <source>The server crashed or restarted.</source>
        <translation>El servidor se bloqueó o se reinició.</translation>
    </message>
    <message>
        <source>Retry later; check whether your IP is blocklisted.</source>
        <translation>Vuelva a intentarlo más tarde; compruebe si su IP está en una lista de bloqueo.</translation>
    </message>
    <message>
        <source>Connected, but no greeting</source>
        <translation>Conectado, pero sin saludo</translation>
    </message>
    <message>
        <source>The connection opened but the server never sent its 220 greeting.</source>
        <translation>La conexión se abrió, pero el servidor nunca envió su saludo 220.</translation>
    </message>
    <message>
        <source>The server delays the greeting on purpose (tarpitting) or is overloaded.</source>
        <translation>El servidor retrasa el saludo a propósito (tarpitting) o está sobrecargado.</translation>
    </message>
    <message>
        <source>A firewall or proxy in between accepts the connection but does not pass it on.</source>
        <translation>Un cortafuegos o un proxy intermedio acepta la conexión, pero no la transmite.</translation>
    </message>
    <message>
        <source>Allow longer waiting times (&quot;Patient&quot; on the Connection page, or --timeout for smtp-wizard-cli) and retry.</source>
        <translation>Permita tiempos de espera más largos (&quot;Paciente&quot; en la página Conexión, o --timeout en smtp-wizard-cli) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Test from another network to rule out a firewall or proxy in between.</source>
        <translation>Pruebe desde otra red para descartar un cortafuegos o un proxy intermedio.</translation>
    </message>
    <message>
        <source>No reply in time</source>
        <translation>Sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>The server did not answer the command within the time limit.</source>
        <translation>El servidor no respondió al comando dentro del tiempo límite.</translation>
    </message>
    <message>
        <source>The server is overloaded or slow checks run (DNS, filters).</source>
        <translation>El servidor está sobrecargado o ejecuta comprobaciones lentas (DNS, filtros).</translation>
    </message>
    <message>
        <source>The connection stalled.</source>
        <translation>La conexión se quedó bloqueada.</translation>
    </message>
    <message>
        <source>Not an SMTP reply</source>
        <translation>No es una respuesta SMTP</translation>
    </message>
    <message>
        <source>The server sent something that is not a valid SMTP reply.</source>
        <translation>El servidor envió algo que no es una respuesta SMTP válida.</translation>
    </message>
    <message>
        <source>The port runs another service (HTTP, POP3, IMAP).</source>
        <translation>En el puerto funciona otro servicio (HTTP, POP3, IMAP).</translation>
    </message>
    <message>
        <source>A proxy or antivirus intercepts the connection.</source>
        <translation>Un proxy o un antivirus intercepta la conexión.</translation>
    </message>
    <message>
        <source>Check the port; 25, 587 and 465 are the SMTP ports.</source>
        <translation>Compruebe el puerto; 25, 587 y 465 son los puertos SMTP.</translation>
    </message>
    <message>
        <source>Reply nobody asked for</source>
        <translation>Respuesta que nadie pidió</translation>
    </message>
    <message>
        <source>The server sent this reply before SMTP Wizard sent the command it would answer, so it answers nothing; a server without PIPELINING must wait for each command.</source>
        <translation>El servidor envió esta respuesta antes de que SMTP Wizard enviara el comando al que respondería, así que no responde a nada; un servidor sin PIPELINING debe esperar a cada comando.</translation>
    </message>
    <message>
        <source>An &quot;early talker&quot;: software that does not wait for its turn, often a spam engine or a broken proxy in front of the server.</source>
        <translation>Un &quot;early talker&quot;: software que no espera su turno, a menudo un motor de spam o un proxy defectuoso delante del servidor.</translation>
    </message>
    <message>
        <source>A server or filter that sends one reply too many.</source>
        <translation>Un servidor o un filtro que envía una respuesta de más.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator, with this transcript: real mail servers refuse to talk to such a server too.</source>
        <translation>Avise al administrador del servidor, con esta transcripción: los servidores de correo reales también se niegan a hablar con un servidor así.</translation>
    </message>
    <message>
        <source>Reply too long</source>
        <translation>Respuesta demasiado larga</translation>
    </message>
    <message>
        <source>The server sent a line or a reply beyond any sane limit; the test stopped reading.</source>
        <translation>El servidor envió una línea o una respuesta que supera cualquier límite razonable; la prueba dejó de leer.</translation>
    </message>
    <message>
        <source>The port runs another service that floods data.</source>
        <translation>En el puerto funciona otro servicio que envía datos sin parar.</translation>
    </message>
    <message>
        <source>A broken server.</source>
        <translation>Un servidor defectuoso.</translation>
    </message>
    <message>
        <source>Check the host and port.</source>
        <translation>Compruebe el host y el puerto.</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>Falló el protocolo de enlace TLS</translation>
    </message>
    <message>
        <source>The encrypted connection could not be set up.</source>
        <translation>No se pudo establecer la conexión cifrada.</translation>
    </message>
    <message>
        <source>No common TLS version or cipher (an old server, or a strict client).</source>
        <translation>No hay ninguna versión de TLS ni cifrado en común (un servidor antiguo o un cliente estricto).</translation>
    </message>
    <message>
        <source>The server&apos;s TLS setup is broken.</source>
        <translation>La configuración TLS del servidor está rota.</translation>
    </message>
    <message>
        <source>Something in between interferes with TLS.</source>
        <translation>Algo intermedio interfiere con TLS.</translation>
    </message>
    <message>
        <source>Check the TLS versions the server supports.</source>
        <translation>Compruebe las versiones de TLS que admite el servidor.</translation>
    </message>
    <message>
        <source>Tell the administrator the error details.</source>
        <translation>Facilite al administrador los detalles del error.</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Certificado no fiable</translation>
    </message>
    <message>
        <source>Self-signed, expired, or issued for another name.</source>
        <translation>Autofirmado, caducado o emitido para otro nombre.</translation>
    </message>
    <message>
        <source>An intermediate certificate is missing.</source>
        <translation>Falta un certificado intermedio.</translation>
    </message>
    <message>
        <source>Open &quot;View certificate&quot; to see who issued it, for which names and until when; ask the administrator to install a valid certificate with the full chain.</source>
        <translation>Abra &quot;Ver certificado&quot; para ver quién lo emitió, para qué nombres y hasta cuándo; pida al administrador que instale un certificado válido con la cadena completa.</translation>
    </message>
    <message>
        <source>If your company runs its own certificate authority, give its file as the extra trusted CA on the Connection page (--ca-file for smtp-wizard-cli).</source>
        <translation>Si su empresa tiene su propia autoridad de certificación, indique su archivo como CA de confianza adicional en la página Conexión (--ca-file en smtp-wizard-cli).</translation>
    </message>
    <message>
        <source>To test the rest of the conversation anyway, tick &quot;Continue despite certificate problems&quot; on the Connection page (--tls-insecure); the problem stays in the report.</source>
        <translation>Para probar de todos modos el resto de la conversación, marque &quot;Continuar a pesar de los problemas de certificado&quot; en la página Conexión (--tls-insecure); el problema sigue figurando en el informe.</translation>
    </message>
    <message>
        <source>STARTTLS not offered</source>
        <translation>STARTTLS no ofrecido</translation>
    </message>
    <message>
        <source>The server did not offer STARTTLS, so the session cannot be encrypted.</source>
        <translation>El servidor no ofreció STARTTLS, así que la sesión no se puede cifrar.</translation>
    </message>
    <message>
        <source>The server has no TLS set up.</source>
        <translation>El servidor no tiene TLS configurado.</translation>
    </message>
    <message>
        <source>Something between you and the server removed STARTTLS from the reply (a downgrade attack or a &quot;security&quot; appliance).</source>
        <translation>Algo entre usted y el servidor eliminó STARTTLS de la respuesta (un ataque de degradación o un dispositivo de &quot;seguridad&quot;).</translation>
    </message>
    <message>
        <source>Ask the administrator to enable STARTTLS.</source>
        <translation>Pida al administrador que active STARTTLS.</translation>
    </message>
    <message>
        <source>Test from another network: if STARTTLS is offered there, something on this network removes it (a possible downgrade attack), and mail sent this way is not protected.</source>
        <translation>Pruebe desde otra red: si allí se ofrece STARTTLS, algo en esta red lo elimina (posible ataque de degradación), y el correo enviado así no está protegido.</translation>
    </message>
    <message>
        <source>STARTTLS refused</source>
        <translation>STARTTLS rechazado</translation>
    </message>
    <message>
        <source>The server offered STARTTLS but refused it when asked.</source>
        <translation>El servidor ofreció STARTTLS, pero lo rechazó al pedirlo.</translation>
    </message>
    <message>
        <source>A TLS problem on the server (missing certificate or key).</source>
        <translation>Un problema de TLS en el servidor (falta el certificado o la clave).</translation>
    </message>
    <message>
        <source>Tell the administrator; look at the server&apos;s reply text.</source>
        <translation>Avise al administrador; lea el texto de la respuesta del servidor.</translation>
    </message>
    <message>
        <source>Sign-in not offered</source>
        <translation>Inicio de sesión no ofrecido</translation>
    </message>
    <message>
        <source>The server did not offer AUTH, so the test cannot sign in.</source>
        <translation>El servidor no ofreció AUTH, así que la prueba no puede iniciar sesión.</translation>
    </message>
    <message>
        <source>Many servers offer AUTH only after STARTTLS.</source>
        <translation>Muchos servidores ofrecen AUTH solo después de STARTTLS.</translation>
    </message>
    <message>
        <source>Port 25 of a receiving server usually has no sign-in; submission is on 587 or 465.</source>
        <translation>El puerto 25 de un servidor receptor no suele tener inicio de sesión; el envío está en 587 o 465.</translation>
    </message>
    <message>
        <source>Use STARTTLS or port 587/465.</source>
        <translation>Use STARTTLS o el puerto 587/465.</translation>
    </message>
    <message>
        <source>Check that the account may send through this server.</source>
        <translation>Compruebe que la cuenta puede enviar a través de este servidor.</translation>
    </message>
    <message>
        <source>No common sign-in mechanism</source>
        <translation>Ningún mecanismo de inicio de sesión en común</translation>
    </message>
    <message>
        <source>The server does not offer the sign-in mechanism chosen for this test.</source>
        <translation>El servidor no ofrece el mecanismo de inicio de sesión elegido para esta prueba.</translation>
    </message>
    <message>
        <source>The server only offers OAuth 2.0 (XOAUTH2, OAUTHBEARER) while a password was chosen, or the reverse.</source>
        <translation>El servidor solo ofrece OAuth 2.0 (XOAUTH2, OAUTHBEARER) y se eligió una contraseña, o al revés.</translation>
    </message>
    <message>
        <source>An old server offers only CRAM-MD5, or a mechanism this test does not speak.</source>
        <translation>Un servidor antiguo solo ofrece CRAM-MD5, o un mecanismo que esta prueba no habla.</translation>
    </message>
    <message>
        <source>Choose a mechanism from the list the server offers (in its EHLO reply, after AUTH).</source>
        <translation>Elija un mecanismo de la lista que ofrece el servidor (en su respuesta a EHLO, tras AUTH).</translation>
    </message>
    <message>
        <source>For OAuth 2.0, sign in with an access token (XOAUTH2 or OAUTHBEARER) in this tool.</source>
        <translation>Para OAuth 2.0, inicie sesión con un token de acceso (XOAUTH2 u OAUTHBEARER) en esta herramienta.</translation>
    </message>
    <message>
        <source>Password not sent without encryption</source>
        <translation>Contraseña no enviada sin cifrado</translation>
    </message>
    <message>
        <source>The test refused to send a password over an unencrypted connection.</source>
        <translation>La prueba se negó a enviar una contraseña por una conexión sin cifrar.</translation>
    </message>
    <message>
        <source>STARTTLS was not used or not offered.</source>
        <translation>No se usó STARTTLS o no se ofreció.</translation>
    </message>
    <message>
        <source>Use STARTTLS or implicit TLS; only allow plaintext sign-in for lab tests.</source>
        <translation>Use STARTTLS o TLS implícito; permita el inicio de sesión sin cifrar solo para pruebas de laboratorio.</translation>
    </message>
    <message>
        <source>Access token refused</source>
        <translation>Token de acceso rechazado</translation>
    </message>
    <message>
        <source>The server answered the OAuth 2.0 sign-in with an error document instead of accepting the token: the token is not valid for this user here.</source>
        <translation>El servidor respondió al inicio de sesión OAuth 2.0 con un documento de error en lugar de aceptar el token: el token no es válido aquí para este usuario.</translation>
    </message>
    <message>
        <source>The token has expired: access tokens usually live for an hour.</source>
        <translation>El token ha caducado: los tokens de acceso suelen durar una hora.</translation>
    </message>
    <message>
        <source>The token was issued for another user than the one given for the sign-in.</source>
        <translation>El token se emitió para un usuario distinto del indicado para el inicio de sesión.</translation>
    </message>
    <message>
        <source>The token is incomplete (copied with a part missing) or is a refresh token, not an access token.</source>
        <translation>El token está incompleto (se copió con una parte de menos) o es un token de actualización, no un token de acceso.</translation>
    </message>
    <message>
        <source>Get a fresh access token from the identity provider and paste it again.</source>
        <translation>Obtenga un token de acceso nuevo del proveedor de identidad y vuelva a pegarlo.</translation>
    </message>
    <message>
        <source>Sign in with the mailbox the token belongs to (its full e-mail address).</source>
        <translation>Inicie sesión con el buzón al que pertenece el token (su dirección de correo completa).</translation>
    </message>
    <message>
        <source>The &quot;scope&quot; in the server&apos;s error says what permission the token must carry.</source>
        <translation>El &quot;scope&quot; del error del servidor indica qué permiso debe tener el token.</translation>
    </message>
    <message>
        <source>Access token lacks permission to send mail</source>
        <translation>El token de acceso no tiene permiso para enviar correo</translation>
    </message>
    <message>
        <source>The server accepted that the token is genuine but it was not issued with the permission (scope) to send mail over SMTP.</source>
        <translation>El servidor aceptó que el token es auténtico, pero no se emitió con el permiso (scope) para enviar correo por SMTP.</translation>
    </message>
    <message>
        <source>The application asked for the wrong scope: Microsoft 365 needs https://outlook.office.com/SMTP.Send, Gmail https://mail.google.com/.</source>
        <translation>La aplicación pidió un scope incorrecto: Microsoft 365 necesita https://outlook.office.com/SMTP.Send, Gmail https://mail.google.com/.</translation>
    </message>
    <message>
        <source>An administrator has not granted consent for SMTP sending to the application.</source>
        <translation>Un administrador no ha dado su consentimiento para que la aplicación envíe por SMTP.</translation>
    </message>
    <message>
        <source>Request a new token with the scope the server names in its error.</source>
        <translation>Pida un token nuevo con el scope que el servidor indica en su error.</translation>
    </message>
    <message>
        <source>Ask the administrator to grant the application SMTP sending (and, for Microsoft 365, to enable SMTP AUTH for the mailbox).</source>
        <translation>Pida al administrador que permita a la aplicación enviar por SMTP (y, en Microsoft 365, que active SMTP AUTH para el buzón).</translation>
    </message>
    <message>
        <source>Message larger than the server allows</source>
        <translation>Mensaje más grande de lo que permite el servidor</translation>
    </message>
    <message>
        <source>The message is bigger than the SIZE limit the server advertised.</source>
        <translation>El mensaje supera el límite SIZE que anunció el servidor.</translation>
    </message>
    <message>
        <source>Large attachments or body.</source>
        <translation>Adjuntos o cuerpo grandes.</translation>
    </message>
    <message>
        <source>Send a smaller message, or large files as links.</source>
        <translation>Envíe un mensaje más pequeño, o los archivos grandes como enlaces.</translation>
    </message>
    <message>
        <source>Delivery notifications not supported</source>
        <translation>Notificaciones de entrega no admitidas</translation>
    </message>
    <message>
        <source>The server does not offer DSN, so NOTIFY, RET and ENVID were not sent.</source>
        <translation>El servidor no ofrece DSN, así que no se enviaron NOTIFY, RET ni ENVID.</translation>
    </message>
    <message>
        <source>The server does not support delivery status notifications.</source>
        <translation>El servidor no admite notificaciones de estado de entrega.</translation>
    </message>
    <message>
        <source>Ask the recipient to confirm delivery instead.</source>
        <translation>En su lugar, pida al destinatario que confirme la entrega.</translation>
    </message>
    <message>
        <source>8-bit content not announced</source>
        <translation>Contenido de 8 bits no anunciado</translation>
    </message>
    <message>
        <source>The server does not offer 8BITMIME; 8-bit text may be changed on the way.</source>
        <translation>El servidor no ofrece 8BITMIME; el texto de 8 bits puede modificarse por el camino.</translation>
    </message>
    <message>
        <source>An older or minimal server.</source>
        <translation>Un servidor antiguo o mínimo.</translation>
    </message>
    <message>
        <source>Send the message with quoted-printable or base64 encoding.</source>
        <translation>Envíe el mensaje con codificación quoted-printable o base64.</translation>
    </message>
    <message>
        <source>International addresses not supported</source>
        <translation>Direcciones internacionales no admitidas</translation>
    </message>
    <message>
        <source>The server does not offer SMTPUTF8, so addresses with non-ASCII characters cannot be used.</source>
        <translation>El servidor no ofrece SMTPUTF8, así que no se pueden usar direcciones con caracteres no ASCII.</translation>
    </message>
    <message>
        <source>The server lacks SMTPUTF8 support.</source>
        <translation>El servidor no admite SMTPUTF8.</translation>
    </message>
    <message>
        <source>Use an ASCII address.</source>
        <translation>Use una dirección ASCII.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>The test was stopped before it finished.</source>
        <translation>La prueba se detuvo antes de terminar.</translation>
    </message>
    <message>
        <source>Someone pressed Stop or interrupted the program.</source>
        <translation>Alguien pulsó Detener o interrumpió el programa.</translation>
    </message>
    <message>
        <source>Run the test again when ready.</source>
        <translation>Vuelva a ejecutar la prueba cuando esté listo.</translation>
    </message>
    <message>
        <source>Sender not authenticated (Yahoo)</source>
        <translation>Remitente no autenticado (Yahoo)</translation>
    </message>
    <message>
        <source>Yahoo requires SPF or DKIM to pass for the sender&apos;s domain.</source>
        <translation>Yahoo exige que SPF o DKIM pasen para el dominio del remitente.</translation>
    </message>
    <message>
        <source>Neither SPF nor DKIM passes for the domain.</source>
        <translation>Ni SPF ni DKIM pasan para el dominio.</translation>
    </message>
    <message>
        <source>Set up SPF and DKIM for the sending domain.</source>
        <translation>Configure SPF y DKIM para el dominio remitente.</translation>
    </message>
    <message>
        <source>Sender not authenticated (Gmail)</source>
        <translation>Remitente no autenticado (Gmail)</translation>
    </message>
    <message>
        <source>Gmail refused the message because the sender&apos;s domain does not pass SPF or DKIM, or fails its DMARC policy.</source>
        <translation>Gmail rechazó el mensaje porque el dominio del remitente no pasa SPF ni DKIM, o no cumple su política DMARC.</translation>
    </message>
    <message>
        <source>The sending server is missing from the domain&apos;s SPF record.</source>
        <translation>El servidor remitente falta en el registro SPF del dominio.</translation>
    </message>
    <message>
        <source>No DKIM signature, or one for another domain.</source>
        <translation>No hay firma DKIM, o la hay para otro dominio.</translation>
    </message>
    <message>
        <source>DMARC says reject and neither check aligns with the From: domain.</source>
        <translation>DMARC dice reject y ninguna comprobación se alinea con el dominio de From:.</translation>
    </message>
    <message>
        <source>Check the domain&apos;s DMARC record and reports.</source>
        <translation>Compruebe el registro DMARC y los informes del dominio.</translation>
    </message>
    <message>
        <source>The receiver checked the sender domain&apos;s SPF record and the sending IP is not authorised by it.</source>
        <translation>El receptor comprobó el registro SPF del dominio del remitente y este no autoriza la IP remitente.</translation>
    </message>
    <message>
        <source>Mail is sent through a server or service not listed in SPF.</source>
        <translation>El correo se envía a través de un servidor o servicio que no figura en SPF.</translation>
    </message>
    <message>
        <source>Add the sending IP or service (include:) to the SPF record.</source>
        <translation>Añada la IP o el servicio remitente (include:) al registro SPF.</translation>
    </message>
    <message>
        <source>IP not allowed to send directly (Gmail)</source>
        <translation>IP no autorizada para enviar directamente (Gmail)</translation>
    </message>
    <message>
        <source>Gmail does not accept mail sent directly from this IP address, typically a home or dynamic address.</source>
        <translation>Gmail no acepta correo enviado directamente desde esta dirección IP, normalmente una dirección doméstica o dinámica.</translation>
    </message>
    <message>
        <source>The IP is in a residential or dynamic range.</source>
        <translation>La IP está en un rango residencial o dinámico.</translation>
    </message>
    <message>
        <source>The IP has a poor reputation.</source>
        <translation>La IP tiene mala reputación.</translation>
    </message>
    <message>
        <source>Send through your provider&apos;s SMTP relay.</source>
        <translation>Envíe a través del relay SMTP de su proveedor.</translation>
    </message>
    <message>
        <source>IP blocked for suspected spam (Gmail)</source>
        <translation>IP bloqueada por sospecha de spam (Gmail)</translation>
    </message>
    <message>
        <source>Gmail saw an unusual rate of unsolicited mail from this IP address and now refuses mail from it.</source>
        <translation>Gmail vio una tasa inusual de correo no solicitado desde esta dirección IP y ahora rechaza su correo.</translation>
    </message>
    <message>
        <source>The IP sent a lot of mail that Gmail users did not want, or a compromised account sent spam through it.</source>
        <translation>La IP envió mucho correo que los usuarios de Gmail no querían, o una cuenta comprometida envió spam a través de ella.</translation>
    </message>
    <message>
        <source>Find and stop the source of the unwanted mail, then follow Gmail&apos;s bulk sender guidelines before sending again.</source>
        <translation>Localice y detenga el origen del correo no deseado, y siga las directrices de Gmail para remitentes masivos antes de volver a enviar.</translation>
    </message>
    <message>
        <source>Send through another, well-kept relay in the meantime.</source>
        <translation>Mientras tanto, envíe a través de otro relay bien mantenido.</translation>
    </message>
    <message>
        <source>Rate limited for suspected spam (Gmail)</source>
        <translation>Velocidad limitada por sospecha de spam (Gmail)</translation>
    </message>
    <message>
        <source>Gmail sees an unusual rate of unsolicited mail from this IP or domain and is limiting it.</source>
        <translation>Gmail ve una tasa inusual de correo no solicitado desde esta IP o este dominio y lo está limitando.</translation>
    </message>
    <message>
        <source>A sudden volume increase or spam complaints.</source>
        <translation>Un aumento repentino de volumen o quejas por spam.</translation>
    </message>
    <message>
        <source>Slow down sending; check for compromised accounts and list hygiene.</source>
        <translation>Reduzca el ritmo de envío; busque cuentas comprometidas y mantenga limpias las listas.</translation>
    </message>
    <message>
        <source>Recipient&apos;s mailbox full</source>
        <translation>Buzón del destinatario lleno</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox has no space left.</source>
        <translation>Al buzón del destinatario no le queda espacio.</translation>
    </message>
    <message>
        <source>No reverse DNS for sending IP (Gmail)</source>
        <translation>Sin DNS inverso para la IP remitente (Gmail)</translation>
    </message>
    <message>
        <source>Gmail requires the sending IP to have a PTR record whose name points back to the same IP.</source>
        <translation>Gmail exige que la IP remitente tenga un registro PTR cuyo nombre apunte de vuelta a la misma IP.</translation>
    </message>
    <message>
        <source>No PTR record for the sending IP, or the name does not resolve back.</source>
        <translation>No hay registro PTR para la IP remitente, o el nombre no se resuelve de vuelta.</translation>
    </message>
    <message>
        <source>Ask the owner of the IP (ISP or cloud provider) to set a matching PTR record.</source>
        <translation>Pida al propietario de la IP (proveedor de Internet o de nube) que configure un registro PTR coincidente.</translation>
    </message>
    <message>
        <source>Recipient receiving too fast (Gmail)</source>
        <translation>El destinatario recibe demasiado rápido (Gmail)</translation>
    </message>
    <message>
        <source>The recipient gets mail faster than Gmail allows, so it delays more mail for now.</source>
        <translation>El destinatario recibe correo más rápido de lo que Gmail permite, así que por ahora retrasa el correo adicional.</translation>
    </message>
    <message>
        <source>Many messages to the same recipient in a short time.</source>
        <translation>Muchos mensajes al mismo destinatario en poco tiempo.</translation>
    </message>
    <message>
        <source>Let the server retry later; spread the sending over time.</source>
        <translation>Deje que el servidor lo reintente más tarde; reparta los envíos en el tiempo.</translation>
    </message>
    <message>
        <source>Gmail account does not exist</source>
        <translation>La cuenta de Gmail no existe</translation>
    </message>
    <message>
        <source>There is no Gmail or Google Workspace account with this address.</source>
        <translation>No hay ninguna cuenta de Gmail ni de Google Workspace con esta dirección.</translation>
    </message>
    <message>
        <source>A typo in the address.</source>
        <translation>Una errata en la dirección.</translation>
    </message>
    <message>
        <source>The account was deleted.</source>
        <translation>La cuenta se eliminó.</translation>
    </message>
    <message>
        <source>Check the address with the recipient.</source>
        <translation>Compruebe la dirección con el destinatario.</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Cuenta desactivada</translation>
    </message>
    <message>
        <source>The recipient&apos;s account exists but is disabled or inactive.</source>
        <translation>La cuenta del destinatario existe, pero está desactivada o inactiva.</translation>
    </message>
    <message>
        <source>The account was suspended or is no longer used.</source>
        <translation>La cuenta se suspendió o ya no se usa.</translation>
    </message>
    <message>
        <source>App password required (Google)</source>
        <translation>Se necesita una contraseña de aplicación (Google)</translation>
    </message>
    <message>
        <source>The account uses 2-step verification, so the normal password is not accepted by SMTP.</source>
        <translation>La cuenta usa la verificación en dos pasos, así que SMTP no acepta la contraseña normal.</translation>
    </message>
    <message>
        <source>2-step verification is on.</source>
        <translation>La verificación en dos pasos está activada.</translation>
    </message>
    <message>
        <source>Create an app password in the Google account, or use OAuth.</source>
        <translation>Cree una contraseña de aplicación en la cuenta de Google, o use OAuth.</translation>
    </message>
    <message>
        <source>User name or password not accepted (Google)</source>
        <translation>Nombre de usuario o contraseña no aceptados (Google)</translation>
    </message>
    <message>
        <source>Google did not accept the credentials.</source>
        <translation>Google no aceptó las credenciales.</translation>
    </message>
    <message>
        <source>A wrong password, or a normal password where an app password is needed.</source>
        <translation>Una contraseña incorrecta, o una contraseña normal donde se necesita una contraseña de aplicación.</translation>
    </message>
    <message>
        <source>Check the password; create an app password if 2-step verification is on.</source>
        <translation>Compruebe la contraseña; cree una contraseña de aplicación si la verificación en dos pasos está activada.</translation>
    </message>
    <message>
        <source>Refused as likely spam (Gmail)</source>
        <translation>Rechazado como probable spam (Gmail)</translation>
    </message>
    <message>
        <source>Gmail judged the message to be unsolicited, based on its content and the sender&apos;s reputation.</source>
        <translation>Gmail consideró que el mensaje no era solicitado, según su contenido y la reputación del remitente.</translation>
    </message>
    <message>
        <source>Poor reputation of the sending IP or domain.</source>
        <translation>Mala reputación de la IP o del dominio remitente.</translation>
    </message>
    <message>
        <source>Content that looks like spam, or many complaints.</source>
        <translation>Contenido que parece spam, o muchas quejas.</translation>
    </message>
    <message>
        <source>Check Google Postmaster Tools for the domain.</source>
        <translation>Consulte Google Postmaster Tools para el dominio.</translation>
    </message>
    <message>
        <source>Authenticate mail (SPF, DKIM, DMARC) and send only to people who asked for it.</source>
        <translation>Autentique el correo (SPF, DKIM, DMARC) y envíe solo a quien lo haya pedido.</translation>
    </message>
    <message>
        <source>Message too large (Gmail)</source>
        <translation>Mensaje demasiado grande (Gmail)</translation>
    </message>
    <message>
        <source>The message is larger than Gmail accepts (about 25 MB).</source>
        <translation>El mensaje es más grande de lo que acepta Gmail (unos 25 MB).</translation>
    </message>
    <message>
        <source>Large attachments; encoding adds about a third.</source>
        <translation>Adjuntos grandes; la codificación añade alrededor de un tercio.</translation>
    </message>
    <message>
        <source>Share large files as links.</source>
        <translation>Comparta los archivos grandes como enlaces.</translation>
    </message>
    <message>
        <source>TLS required first</source>
        <translation>Primero se necesita TLS</translation>
    </message>
    <message>
        <source>The server only continues after the connection has been encrypted with STARTTLS.</source>
        <translation>El servidor solo continúa después de cifrar la conexión con STARTTLS.</translation>
    </message>
    <message>
        <source>The client did not use STARTTLS before this command.</source>
        <translation>El cliente no usó STARTTLS antes de este comando.</translation>
    </message>
    <message>
        <source>The server forbids sign-in or mail over plain text.</source>
        <translation>El servidor prohíbe el inicio de sesión o el correo en texto sin cifrar.</translation>
    </message>
    <message>
        <source>Use STARTTLS (port 587 or 25), or implicit TLS on port 465.</source>
        <translation>Use STARTTLS (puerto 587 o 25), o TLS implícito en el puerto 465.</translation>
    </message>
    <message>
        <source>TLS negotiation failed</source>
        <translation>Falló la negociación TLS</translation>
    </message>
    <message>
        <source>No common TLS version or cipher, or a certificate problem.</source>
        <translation>No hay ninguna versión de TLS ni cifrado en común, o hay un problema de certificado.</translation>
    </message>
    <message>
        <source>Check the TLS settings of the sending server.</source>
        <translation>Compruebe la configuración TLS del servidor remitente.</translation>
    </message>
    <message>
        <source>Temporarily deferred (Yahoo TSS04)</source>
        <translation>Aplazado temporalmente (Yahoo TSS04)</translation>
    </message>
    <message>
        <source>Yahoo delays mail from this IP because of unusual volume or user complaints.</source>
        <translation>Yahoo retrasa el correo de esta IP por un volumen inusual o por quejas de usuarios.</translation>
    </message>
    <message>
        <source>A volume spike, or recipients marking the mail as spam.</source>
        <translation>Un pico de volumen, o destinatarios que marcan el correo como spam.</translation>
    </message>
    <message>
        <source>Let the server retry; reduce volume and check complaint rates.</source>
        <translation>Deje que el servidor reintente; reduzca el volumen y revise las tasas de quejas.</translation>
    </message>
    <message>
        <source>IP temporarily blocked (Yahoo)</source>
        <translation>IP bloqueada temporalmente (Yahoo)</translation>
    </message>
    <message>
        <source>Yahoo is blocking mail from this IP for a while because of its reputation.</source>
        <translation>Yahoo bloquea durante un tiempo el correo de esta IP por su reputación.</translation>
    </message>
    <message>
        <source>Complaints or spam traps hit from this IP.</source>
        <translation>Quejas o trampas de spam activadas desde esta IP.</translation>
    </message>
    <message>
        <source>Improve list hygiene; let the block expire; contact Yahoo sender support.</source>
        <translation>Mantenga limpias las listas; deje que caduque el bloqueo; contacte con el soporte para remitentes de Yahoo.</translation>
    </message>
    <message>
        <source>Yahoo account does not exist</source>
        <translation>La cuenta de Yahoo no existe</translation>
    </message>
    <message>
        <source>There is no Yahoo (or AOL) account with this address.</source>
        <translation>No hay ninguna cuenta de Yahoo (ni de AOL) con esta dirección.</translation>
    </message>
    <message>
        <source>A typo, or the account was closed.</source>
        <translation>Una errata, o la cuenta se cerró.</translation>
    </message>
    <message>
        <source>Password sign-in disabled (Microsoft 365)</source>
        <translation>Inicio de sesión con contraseña desactivado (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 refused the sign-in because SMTP sign-in with a password (basic authentication) is switched off for the tenant or the mailbox.</source>
        <translation>Microsoft 365 rechazó el inicio de sesión porque el inicio de sesión SMTP con contraseña (autenticación básica) está desactivado para el inquilino o el buzón.</translation>
    </message>
    <message>
        <source>Authenticated SMTP (SMTP AUTH) is disabled for the organisation or the mailbox.</source>
        <translation>El SMTP autenticado (SMTP AUTH) está desactivado para la organización o el buzón.</translation>
    </message>
    <message>
        <source>Security defaults or a policy block basic authentication.</source>
        <translation>Los valores predeterminados de seguridad o una directiva bloquean la autenticación básica.</translation>
    </message>
    <message>
        <source>Sign in with an OAuth 2.0 access token instead: in this tool choose &quot;OAuth 2.0 token (AUTH XOAUTH2: Microsoft 365, Gmail)&quot; and paste a token issued for the scope https://outlook.office.com/SMTP.Send.</source>
        <translation>Inicie sesión con un token de acceso OAuth 2.0: en esta herramienta elija &quot;Token OAuth 2.0 (AUTH XOAUTH2: Microsoft 365, Gmail)&quot; y pegue un token emitido para el scope https://outlook.office.com/SMTP.Send.</translation>
    </message>
    <message>
        <source>Or ask the Microsoft 365 administrator to enable SMTP AUTH for this mailbox.</source>
        <translation>O pida al administrador de Microsoft 365 que active SMTP AUTH para este buzón.</translation>
    </message>
    <message>
        <source>Or send through a connector or relay that does not need a password.</source>
        <translation>O envíe a través de un conector o relay que no necesite contraseña.</translation>
    </message>
    <message>
        <source>Sign-in refused (Microsoft 365)</source>
        <translation>Inicio de sesión rechazado (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 did not accept the user name and password.</source>
        <translation>Microsoft 365 no aceptó el nombre de usuario y la contraseña.</translation>
    </message>
    <message>
        <source>A wrong password, or the user name is not the full e-mail address.</source>
        <translation>Una contraseña incorrecta, o el nombre de usuario no es la dirección de correo completa.</translation>
    </message>
    <message>
        <source>Multi-factor sign-in needs an app password, or password sign-in is blocked.</source>
        <translation>El inicio de sesión multifactor necesita una contraseña de aplicación, o el inicio de sesión con contraseña está bloqueado.</translation>
    </message>
    <message>
        <source>With an OAuth 2.0 token: the token has expired or was issued for another mailbox or scope.</source>
        <translation>Con un token OAuth 2.0: el token ha caducado o se emitió para otro buzón u otro scope.</translation>
    </message>
    <message>
        <source>Sign in to Outlook on the web with the same credentials.</source>
        <translation>Inicie sesión en Outlook en la Web con las mismas credenciales.</translation>
    </message>
    <message>
        <source>Where password sign-in is blocked, sign in with an OAuth 2.0 access token in this tool (XOAUTH2, scope https://outlook.office.com/SMTP.Send).</source>
        <translation>Donde el inicio de sesión con contraseña esté bloqueado, inicie sesión con un token de acceso OAuth 2.0 en esta herramienta (XOAUTH2, scope https://outlook.office.com/SMTP.Send).</translation>
    </message>
    <message>
        <source>Ask the administrator whether SMTP AUTH is allowed for the mailbox.</source>
        <translation>Pregunte al administrador si SMTP AUTH está permitido para el buzón.</translation>
    </message>
    <message>
        <source>Sending IP banned (Microsoft 365)</source>
        <translation>IP remitente vetada (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 refuses mail from the sending IP address because it is on its block list.</source>
        <translation>Microsoft 365 rechaza el correo de la dirección IP remitente porque está en su lista de bloqueo.</translation>
    </message>
    <message>
        <source>The IP address sent spam or has a poor reputation.</source>
        <translation>La dirección IP envió spam o tiene mala reputación.</translation>
    </message>
    <message>
        <source>A shared or newly assigned IP inherited a bad reputation.</source>
        <translation>Una IP compartida o recién asignada heredó una mala reputación.</translation>
    </message>
    <message>
        <source>Use the Microsoft delist portal for the IP address after fixing the cause.</source>
        <translation>Use el portal de exclusión de Microsoft para la dirección IP después de corregir la causa.</translation>
    </message>
    <message>
        <source>Send through your provider&apos;s relay in the meantime.</source>
        <translation>Mientras tanto, envíe a través del relay de su proveedor.</translation>
    </message>
    <message>
        <source>Client was not authenticated</source>
        <translation>El cliente no se autenticó</translation>
    </message>
    <message>
        <source>The server does not accept anonymous mail here: the client must sign in first.</source>
        <translation>El servidor no acepta aquí correo anónimo: el cliente debe iniciar sesión primero.</translation>
    </message>
    <message>
        <source>The destination SMTP server does not accept anonymous submissions.</source>
        <translation>El servidor SMTP de destino no acepta envíos anónimos.</translation>
    </message>
    <message>
        <source>You connected to a submission or internal server (for example an Exchange client connector) without signing in.</source>
        <translation>Se conectó a un servidor de envío o interno (por ejemplo, un conector de clientes de Exchange) sin iniciar sesión.</translation>
    </message>
    <message>
        <source>The connector only accepts mail from authenticated users or partner servers.</source>
        <translation>El conector solo acepta correo de usuarios autenticados o de servidores asociados.</translation>
    </message>
    <message>
        <source>Sign in with AUTH (port 587 with STARTTLS).</source>
        <translation>Inicie sesión con AUTH (puerto 587 con STARTTLS).</translation>
    </message>
    <message>
        <source>To test delivery from the internet, connect to the domain&apos;s MX on port 25 instead.</source>
        <translation>Para probar la entrega desde Internet, conéctese en su lugar al MX del dominio en el puerto 25.</translation>
    </message>
    <message>
        <source>Invalid domain name (EHLO)</source>
        <translation>Nombre de dominio no válido (EHLO)</translation>
    </message>
    <message>
        <source>Give a fully qualified domain name (mail.example.com) or an address literal like [192.0.2.1].</source>
        <translation>Indique un nombre de dominio completo (mail.example.com) o un literal de dirección como [192.0.2.1].</translation>
    </message>
    <message>
        <source>Invalid sender address</source>
        <translation>Dirección de remitente no válida</translation>
    </message>
    <message>
        <source>The server refused the sender address given with MAIL FROM.</source>
        <translation>El servidor rechazó la dirección del remitente indicada con MAIL FROM.</translation>
    </message>
    <message>
        <source>There is a syntax error in the sender&apos;s e-mail address.</source>
        <translation>Hay un error de sintaxis en la dirección de correo del remitente.</translation>
    </message>
    <message>
        <source>Write the sender as MAIL FROM:&lt;you@example.com&gt;.</source>
        <translation>Escriba el remitente como MAIL FROM:&lt;you@example.com&gt;.</translation>
    </message>
    <message>
        <source>Use a sender address in a domain that exists.</source>
        <translation>Use una dirección de remitente de un dominio que exista.</translation>
    </message>
    <message>
        <source>Unrecognised command</source>
        <translation>Comando no reconocido</translation>
    </message>
    <message>
        <source>The server did not recognise the command that was typed or sent.</source>
        <translation>El servidor no reconoció el comando que se escribió o envió.</translation>
    </message>
    <message>
        <source>Backspace was used in a Telnet session, which sends the corrections to the server.</source>
        <translation>Se usó la tecla de retroceso en una sesión Telnet, que envía las correcciones al servidor.</translation>
    </message>
    <message>
        <source>The command is not supported at this point or on this connector.</source>
        <translation>El comando no se admite en este punto o en este conector.</translation>
    </message>
    <message>
        <source>Retype the command in one go, without corrections.</source>
        <translation>Vuelva a escribir el comando de una vez, sin correcciones.</translation>
    </message>
    <message>
        <source>Check the spelling: EHLO, MAIL FROM:, RCPT TO:, DATA.</source>
        <translation>Compruebe la escritura: EHLO, MAIL FROM:, RCPT TO:, DATA.</translation>
    </message>
    <message>
        <source>Recipient not found in the organisation (Microsoft 365)</source>
        <translation>Destinatario no encontrado en la organización (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 refused the recipient: the address does not exist in the receiving organisation (directory-based edge blocking).</source>
        <translation>Microsoft 365 rechazó el destinatario: la dirección no existe en la organización receptora (bloqueo perimetral basado en directorio).</translation>
    </message>
    <message>
        <source>The recipient does not exist in the receiving tenant.</source>
        <translation>El destinatario no existe en el inquilino receptor.</translation>
    </message>
    <message>
        <source>The domain&apos;s MX points to Microsoft 365 but the mailbox lives elsewhere and the domain is not set up as internal relay.</source>
        <translation>El MX del dominio apunta a Microsoft 365, pero el buzón está en otro sitio y el dominio no está configurado como relay interno.</translation>
    </message>
    <message>
        <source>The receiving administrator may need to add the mailbox or set the domain to internal relay.</source>
        <translation>Puede que el administrador del destino tenga que añadir el buzón o configurar el dominio como relay interno.</translation>
    </message>
    <message>
        <source>Throttled, try later (Microsoft 365)</source>
        <translation>Limitado, inténtelo más tarde (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 is slowing down mail from this IP address and asks to retry later.</source>
        <translation>Microsoft 365 está ralentizando el correo de esta dirección IP y pide reintentar más tarde.</translation>
    </message>
    <message>
        <source>A new or unknown sending IP sends more than Microsoft allows yet.</source>
        <translation>Una IP remitente nueva o desconocida envía más de lo que Microsoft permite todavía.</translation>
    </message>
    <message>
        <source>A sudden increase in volume from the IP.</source>
        <translation>Un aumento repentino del volumen desde la IP.</translation>
    </message>
    <message>
        <source>Let the sending server retry; the throttle eases as reputation builds.</source>
        <translation>Deje que el servidor remitente reintente; la limitación se relaja a medida que se gana reputación.</translation>
    </message>
    <message>
        <source>Ramp up volume gradually from new IP addresses.</source>
        <translation>Aumente el volumen poco a poco desde direcciones IP nuevas.</translation>
    </message>
    <message>
        <source>Traffic refused from this IP (Microsoft 365)</source>
        <translation>Tráfico rechazado desde esta IP (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 refuses mail from this sending IP or tenant because of its reputation.</source>
        <translation>Microsoft 365 rechaza el correo de esta IP remitente o de este inquilino por su reputación.</translation>
    </message>
    <message>
        <source>The IP or tenant sent a high volume of spam, often from a compromised account.</source>
        <translation>La IP o el inquilino envió un gran volumen de spam, a menudo desde una cuenta comprometida.</translation>
    </message>
    <message>
        <source>Find and secure any compromised account.</source>
        <translation>Localice y proteja cualquier cuenta comprometida.</translation>
    </message>
    <message>
        <source>Contact Microsoft support once the cause is fixed.</source>
        <translation>Póngase en contacto con el soporte de Microsoft una vez corregida la causa.</translation>
    </message>
    <message>
        <source>Sending from an unregistered domain (Microsoft 365)</source>
        <translation>Envío desde un dominio no registrado (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 blocks the tenant from sending with a domain that is not verified in the tenant.</source>
        <translation>Microsoft 365 impide al inquilino enviar con un dominio que no está verificado en el inquilino.</translation>
    </message>
    <message>
        <source>The sender domain is not added and verified in Microsoft 365.</source>
        <translation>El dominio del remitente no está añadido ni verificado en Microsoft 365.</translation>
    </message>
    <message>
        <source>Add and verify the domain in the Microsoft 365 admin centre.</source>
        <translation>Añada y verifique el dominio en el Centro de administración de Microsoft 365.</translation>
    </message>
    <message>
        <source>Sender fails DMARC (Microsoft 365)</source>
        <translation>El remitente no supera DMARC (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 refused the message because the sender&apos;s domain fails DMARC and its policy says to reject.</source>
        <translation>Microsoft 365 rechazó el mensaje porque el dominio del remitente no supera DMARC y su política indica rechazar.</translation>
    </message>
    <message>
        <source>Neither SPF nor DKIM passes in alignment with the From: domain.</source>
        <translation>Ni SPF ni DKIM pasan alineados con el dominio de From:.</translation>
    </message>
    <message>
        <source>A service sends on behalf of the domain without being authorised.</source>
        <translation>Un servicio envía en nombre del dominio sin estar autorizado.</translation>
    </message>
    <message>
        <source>Add the sending service to SPF and set up DKIM for the domain.</source>
        <translation>Añada el servicio remitente a SPF y configure DKIM para el dominio.</translation>
    </message>
    <message>
        <source>Check the DMARC reports of the domain.</source>
        <translation>Revise los informes DMARC del dominio.</translation>
    </message>
    <message>
        <source>Recipient not found (Microsoft 365)</source>
        <translation>Destinatario no encontrado (Microsoft 365)</translation>
    </message>
    <message>
        <source>The recipient&apos;s address was not found in the receiving Microsoft 365 or Exchange directory.</source>
        <translation>No se encontró la dirección del destinatario en el directorio receptor de Microsoft 365 o Exchange.</translation>
    </message>
    <message>
        <source>A stale entry in an address book (auto-complete).</source>
        <translation>Una entrada obsoleta en una libreta de direcciones (autocompletar).</translation>
    </message>
    <message>
        <source>Remove the old entry from auto-complete.</source>
        <translation>Elimine la entrada antigua de autocompletar.</translation>
    </message>
    <message>
        <source>Ask the recipient for the current address.</source>
        <translation>Pida al destinatario la dirección actual.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its storage quota.</source>
        <translation>El buzón del destinatario supera su cuota de almacenamiento.</translation>
    </message>
    <message>
        <source>A large message pushes the mailbox over its limit.</source>
        <translation>Un mensaje grande hace que el buzón supere su límite.</translation>
    </message>
    <message>
        <source>Relay refused by the tenant connector (Microsoft 365)</source>
        <translation>Relay rechazado por el conector del inquilino (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 could not attribute the message to a tenant, so it refuses to relay it.</source>
        <translation>Microsoft 365 no pudo atribuir el mensaje a un inquilino, así que se niega a retransmitirlo.</translation>
    </message>
    <message>
        <source>The on-premises server&apos;s IP or certificate does not match the inbound connector.</source>
        <translation>La IP o el certificado del servidor local no coinciden con el conector de entrada.</translation>
    </message>
    <message>
        <source>Check the inbound connector&apos;s IP addresses or certificate name in Exchange Online.</source>
        <translation>Compruebe las direcciones IP o el nombre del certificado del conector de entrada en Exchange Online.</translation>
    </message>
    <message>
        <source>Account blocked from sending (Microsoft 365)</source>
        <translation>Cuenta bloqueada para enviar (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 blocked this account from sending because it was seen sending spam.</source>
        <translation>Microsoft 365 bloqueó el envío desde esta cuenta porque detectó que enviaba spam.</translation>
    </message>
    <message>
        <source>The account is probably compromised.</source>
        <translation>Probablemente la cuenta está comprometida.</translation>
    </message>
    <message>
        <source>Reset the password, check the account, and ask the administrator to release it from the restricted users list.</source>
        <translation>Restablezca la contraseña, revise la cuenta y pida al administrador que la quite de la lista de usuarios restringidos.</translation>
    </message>
    <message>
        <source>Not allowed to send to this recipient</source>
        <translation>No se permite enviar a este destinatario</translation>
    </message>
    <message>
        <source>The recipient (often a group) only accepts mail from certain senders.</source>
        <translation>El destinatario (a menudo un grupo) solo acepta correo de determinados remitentes.</translation>
    </message>
    <message>
        <source>The group or mailbox is restricted to internal or listed senders.</source>
        <translation>El grupo o buzón está restringido a remitentes internos o incluidos en una lista.</translation>
    </message>
    <message>
        <source>Ask the group owner to allow your address.</source>
        <translation>Pida al propietario del grupo que permita su dirección.</translation>
    </message>
    <message>
        <source>External forwarding blocked (Microsoft 365)</source>
        <translation>Reenvío externo bloqueado (Microsoft 365)</translation>
    </message>
    <message>
        <source>A forwarding rule tried to send the message outside the organisation, which its policy forbids.</source>
        <translation>Una regla de reenvío intentó enviar el mensaje fuera de la organización, lo que su política prohíbe.</translation>
    </message>
    <message>
        <source>An inbox rule forwards mail to an outside address.</source>
        <translation>Una regla de la bandeja de entrada reenvía el correo a una dirección externa.</translation>
    </message>
    <message>
        <source>Remove the forwarding rule, or ask the administrator about the outbound policy.</source>
        <translation>Elimine la regla de reenvío, o pregunte al administrador por la política de salida.</translation>
    </message>
    <message>
        <source>Bare line feeds in message</source>
        <translation>Saltos de línea LF sueltos en el mensaje</translation>
    </message>
    <message>
        <source>The message contains line endings without carriage return, which the server refuses.</source>
        <translation>El mensaje contiene finales de línea sin retorno de carro, que el servidor rechaza.</translation>
    </message>
    <message>
        <source>The sending program writes LF instead of CRLF.</source>
        <translation>El programa remitente escribe LF en lugar de CRLF.</translation>
    </message>
    <message>
        <source>Fix the sending program to use CRLF line endings.</source>
        <translation>Corrija el programa remitente para que use finales de línea CRLF.</translation>
    </message>
    <message>
        <source>Recipient domain does not exist (Microsoft 365)</source>
        <translation>El dominio del destinatario no existe (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 looked up the recipient&apos;s domain in DNS and it does not exist, or has no mail servers.</source>
        <translation>Microsoft 365 consultó el dominio del destinatario en el DNS y no existe, o no tiene servidores de correo.</translation>
    </message>
    <message>
        <source>A typo in the domain after the @.</source>
        <translation>Una errata en el dominio tras la @.</translation>
    </message>
    <message>
        <source>The domain expired or its registration lapsed.</source>
        <translation>El dominio caducó o su registro venció.</translation>
    </message>
    <message>
        <source>Check the domain; ask the recipient whether their domain still works.</source>
        <translation>Compruebe el dominio; pregunte al destinatario si su dominio sigue funcionando.</translation>
    </message>
    <message>
        <source>Sender blocked by the recipient</source>
        <translation>Remitente bloqueado por el destinatario</translation>
    </message>
    <message>
        <source>The receiving organisation has put the sender&apos;s address or domain on its block list.</source>
        <translation>La organización receptora ha incluido la dirección o el dominio del remitente en su lista de bloqueo.</translation>
    </message>
    <message>
        <source>The recipient&apos;s administrator blocks this sender or its whole domain.</source>
        <translation>El administrador del destinatario bloquea a este remitente o todo su dominio.</translation>
    </message>
    <message>
        <source>A past spam report against the sender.</source>
        <translation>Una denuncia de spam anterior contra el remitente.</translation>
    </message>
    <message>
        <source>Ask the recipient to have their administrator allow your address.</source>
        <translation>Pida al destinatario que su administrador permita su dirección.</translation>
    </message>
    <message>
        <source>Network on the block list (Outlook.com)</source>
        <translation>Red en la lista de bloqueo (Outlook.com)</translation>
    </message>
    <message>
        <source>Outlook.com refuses mail from the sending network because it is on Microsoft&apos;s block list.</source>
        <translation>Outlook.com rechaza el correo de la red remitente porque está en la lista de bloqueo de Microsoft.</translation>
    </message>
    <message>
        <source>The sending IP range has a poor reputation (often residential or cloud ranges).</source>
        <translation>El rango de IP remitente tiene mala reputación (a menudo rangos residenciales o de nube).</translation>
    </message>
    <message>
        <source>Send through your provider&apos;s relay.</source>
        <translation>Envíe a través del relay de su proveedor.</translation>
    </message>
    <message>
        <source>Request delisting through Microsoft&apos;s sender support once the cause is fixed.</source>
        <translation>Solicite la exclusión de la lista a través del soporte para remitentes de Microsoft una vez corregida la causa.</translation>
    </message>
    <message>
        <source>Sender&apos;s domain is blocklisted</source>
        <translation>El dominio del remitente está en una lista de bloqueo</translation>
    </message>
    <message>
        <source>The receiving server refused the sender address because its domain is on a domain blocklist.</source>
        <translation>El servidor receptor rechazó la dirección del remitente porque su dominio está en una lista de bloqueo de dominios.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain was used for spam, or is new and has no reputation yet.</source>
        <translation>El dominio del remitente se usó para spam, o es nuevo y aún no tiene reputación.</translation>
    </message>
    <message>
        <source>Look the domain up on the blocklist named in the reply and follow its removal steps.</source>
        <translation>Busque el dominio en la lista de bloqueo indicada en la respuesta y siga sus pasos de eliminación.</translation>
    </message>
    <message>
        <source>Check that nobody sends spam in the domain&apos;s name (SPF, DKIM and DMARC help).</source>
        <translation>Compruebe que nadie envía spam en nombre del dominio (SPF, DKIM y DMARC ayudan).</translation>
    </message>
    <message>
        <source>Domain in the message is blocklisted (Spamhaus DBL)</source>
        <translation>Un dominio del mensaje está en una lista de bloqueo (Spamhaus DBL)</translation>
    </message>
    <message>
        <source>A domain in the message or envelope is on the Spamhaus Domain Block List.</source>
        <translation>Un dominio del mensaje o del sobre está en la Spamhaus Domain Block List.</translation>
    </message>
    <message>
        <source>A link or the sender&apos;s domain has a bad reputation.</source>
        <translation>Un enlace o el dominio del remitente tiene mala reputación.</translation>
    </message>
    <message>
        <source>Look the domain up on the Spamhaus website and remove the listed link.</source>
        <translation>Busque el dominio en el sitio web de Spamhaus y quite el enlace listado.</translation>
    </message>
    <message>
        <source>IP on the Spamhaus blocklist</source>
        <translation>IP en la lista de bloqueo de Spamhaus</translation>
    </message>
    <message>
        <source>The receiving server refused the sending IP because it is listed by Spamhaus.</source>
        <translation>El servidor receptor rechazó la IP remitente porque figura en Spamhaus.</translation>
    </message>
    <message>
        <source>The IP sent spam, is infected, or is in a dynamic range (PBL) that should not send directly.</source>
        <translation>La IP envió spam, está infectada o está en un rango dinámico (PBL) que no debería enviar directamente.</translation>
    </message>
    <message>
        <source>Check the IP on the Spamhaus lookup page and follow its removal steps.</source>
        <translation>Compruebe la IP en la página de consulta de Spamhaus y siga sus pasos de eliminación.</translation>
    </message>
    <message>
        <source>Send through your provider&apos;s relay meanwhile.</source>
        <translation>Mientras tanto, envíe a través del relay de su proveedor.</translation>
    </message>
    <message>
        <source>IP on the SpamCop blocklist</source>
        <translation>IP en la lista de bloqueo de SpamCop</translation>
    </message>
    <message>
        <source>The sending IP is listed by SpamCop because of spam reports.</source>
        <translation>La IP remitente figura en SpamCop por denuncias de spam.</translation>
    </message>
    <message>
        <source>Recipients reported spam from this IP.</source>
        <translation>Los destinatarios denunciaron spam desde esta IP.</translation>
    </message>
    <message>
        <source>Find the cause; SpamCop listings expire by themselves after the reports stop.</source>
        <translation>Localice la causa; las entradas de SpamCop caducan por sí solas cuando cesan las denuncias.</translation>
    </message>
    <message>
        <source>IP on the Barracuda blocklist</source>
        <translation>IP en la lista de bloqueo de Barracuda</translation>
    </message>
    <message>
        <source>The sending IP is on the Barracuda Reputation Block List.</source>
        <translation>La IP remitente está en la Barracuda Reputation Block List.</translation>
    </message>
    <message>
        <source>Poor reputation of the sending IP.</source>
        <translation>Mala reputación de la IP remitente.</translation>
    </message>
    <message>
        <source>Request removal on the Barracuda Central website after fixing the cause.</source>
        <translation>Solicite la eliminación en el sitio web Barracuda Central después de corregir la causa.</translation>
    </message>
    <message>
        <source>IP on the UCEPROTECT blocklist</source>
        <translation>IP en la lista de bloqueo de UCEPROTECT</translation>
    </message>
    <message>
        <source>The sending IP or its network is listed by UCEPROTECT.</source>
        <translation>La IP remitente o su red figuran en UCEPROTECT.</translation>
    </message>
    <message>
        <source>Spam from the IP or from its provider&apos;s network.</source>
        <translation>Spam desde la IP o desde la red de su proveedor.</translation>
    </message>
    <message>
        <source>Check the listing level; ask the provider, or send through another relay.</source>
        <translation>Compruebe el nivel de la entrada; consulte al proveedor o envíe a través de otro relay.</translation>
    </message>
    <message>
        <source>Domain not served here (qmail)</source>
        <translation>Dominio no atendido aquí (qmail)</translation>
    </message>
    <message>
        <source>The qmail server does not accept mail for the recipient&apos;s domain from this client: it is not one of its domains and you did not sign in.</source>
        <translation>El servidor qmail no acepta correo para el dominio del destinatario desde este cliente: no es uno de sus dominios y usted no inició sesión.</translation>
    </message>
    <message>
        <source>The recipient domain&apos;s MX points elsewhere, or the server is not set up for the domain.</source>
        <translation>El MX del dominio del destinatario apunta a otro sitio, o el servidor no está configurado para el dominio.</translation>
    </message>
    <message>
        <source>You did not sign in to send through this server.</source>
        <translation>No inició sesión para enviar a través de este servidor.</translation>
    </message>
    <message>
        <source>Connect to the recipient domain&apos;s MX, or sign in to relay.</source>
        <translation>Conéctese al MX del dominio del destinatario, o inicie sesión para usar el relay.</translation>
    </message>
    <message>
        <source>Account or domain unknown (cPanel/Exim)</source>
        <translation>Cuenta o dominio desconocido (cPanel/Exim)</translation>
    </message>
    <message>
        <source>The server could not deliver to the address and gives several possible reasons at once.</source>
        <translation>El servidor no pudo entregar a la dirección e indica varios motivos posibles a la vez.</translation>
    </message>
    <message>
        <source>The mailbox or the domain does not exist on that server.</source>
        <translation>El buzón o el dominio no existe en ese servidor.</translation>
    </message>
    <message>
        <source>The sending IP is on a blocklist the server uses.</source>
        <translation>La IP remitente está en una lista de bloqueo que usa el servidor.</translation>
    </message>
    <message>
        <source>The sending domain lacks DNS records the server checks (SPF, reverse DNS).</source>
        <translation>Al dominio remitente le faltan registros DNS que comprueba el servidor (SPF, DNS inverso).</translation>
    </message>
    <message>
        <source>Check the address first; then check your IP on blocklists and your DNS records.</source>
        <translation>Compruebe primero la dirección; después, su IP en las listas de bloqueo y sus registros DNS.</translation>
    </message>
    <message>
        <source>Refused by Orange&apos;s filters</source>
        <translation>Rechazado por los filtros de Orange</translation>
    </message>
    <message>
        <source>Orange (orange.fr, wanadoo.fr) refused the message; its OFR code points to spam filtering or the sender&apos;s reputation.</source>
        <translation>Orange (orange.fr, wanadoo.fr) rechazó el mensaje; su código OFR apunta al filtrado de spam o a la reputación del remitente.</translation>
    </message>
    <message>
        <source>The content or the sending IP looks like spam to Orange.</source>
        <translation>A Orange el contenido o la IP remitente le parecen spam.</translation>
    </message>
    <message>
        <source>Missing or failing SPF/DKIM for the sending domain.</source>
        <translation>SPF/DKIM ausentes o fallidos para el dominio remitente.</translation>
    </message>
    <message>
        <source>Check the sending IP&apos;s reputation and the domain&apos;s SPF and DKIM.</source>
        <translation>Compruebe la reputación de la IP remitente y el SPF y DKIM del dominio.</translation>
    </message>
    <message>
        <source>Look up the OFR code on Orange&apos;s postmaster pages.</source>
        <translation>Busque el código OFR en las páginas para postmasters de Orange.</translation>
    </message>
    <message>
        <source>Blocked by a block list entry (Mimecast)</source>
        <translation>Bloqueado por una entrada de lista de bloqueo (Mimecast)</translation>
    </message>
    <message>
        <source>The receiving organisation&apos;s Mimecast gateway refused the message because the sender or the sender&apos;s domain is on a block list there: the recipient&apos;s own, or the organisation&apos;s.</source>
        <translation>La pasarela Mimecast de la organización receptora rechazó el mensaje porque el remitente o su dominio están allí en una lista de bloqueo: la del propio destinatario o la de la organización.</translation>
    </message>
    <message>
        <source>The recipient or their administrator blocked this sender or domain.</source>
        <translation>El destinatario o su administrador bloquearon a este remitente o dominio.</translation>
    </message>
    <message>
        <source>Ask the recipient to remove the sender from their blocked senders, or their administrator to check the Mimecast policy.</source>
        <translation>Pida al destinatario que quite al remitente de sus remitentes bloqueados, o a su administrador que revise la política de Mimecast.</translation>
    </message>
    <message>
        <source>Commands sent too early</source>
        <translation>Comandos enviados demasiado pronto</translation>
    </message>
    <message>
        <source>The server hung up because the client sent commands before the server had answered, which this server does not allow.</source>
        <translation>El servidor colgó porque el cliente envió comandos antes de que el servidor respondiera, lo que este servidor no permite.</translation>
    </message>
    <message>
        <source>The sending program or device does not wait for each reply (improper pipelining).</source>
        <translation>El programa o el dispositivo remitente no espera a cada respuesta (pipelining incorrecto).</translation>
    </message>
    <message>
        <source>The client spoke before the server&apos;s greeting, as spam programs do.</source>
        <translation>El cliente habló antes del saludo del servidor, como hacen los programas de spam.</translation>
    </message>
    <message>
        <source>Update or reconfigure the sending program so that it waits for the greeting and for each reply.</source>
        <translation>Actualice o reconfigure el programa remitente para que espere el saludo y cada respuesta.</translation>
    </message>
    <message>
        <source>Test from this tool: it always waits, so a pass here points at the other program.</source>
        <translation>Pruebe desde esta herramienta: siempre espera, así que si aquí funciona, el problema está en el otro programa.</translation>
    </message>
    <message>
        <source>An optional feature is switched off</source>
        <translation>Una función opcional está desactivada</translation>
    </message>
    <message>
        <source>The server refused an optional SMTP feature that the client asked for, such as delivery notifications (DSN).</source>
        <translation>El servidor rechazó una función SMTP opcional que pidió el cliente, como las notificaciones de entrega (DSN).</translation>
    </message>
    <message>
        <source>The administrator disabled the feature, or the server never supported it despite what the client assumed.</source>
        <translation>El administrador desactivó la función, o el servidor nunca la admitió aunque el cliente lo supusiera.</translation>
    </message>
    <message>
        <source>Send without the feature (for delivery notifications: clear the option), or ask the server&apos;s administrator to enable it.</source>
        <translation>Envíelo sin la función (para notificaciones de entrega: desmarque la opción), o pida al administrador del servidor que la active.</translation>
    </message>
    <message>
        <source>Mail loop</source>
        <translation>Bucle de correo</translation>
    </message>
    <message>
        <source>The message went round between servers too many times and was stopped.</source>
        <translation>El mensaje dio demasiadas vueltas entre servidores y se detuvo.</translation>
    </message>
    <message>
        <source>Two servers or forwarding rules send the message back and forth.</source>
        <translation>Dos servidores o reglas de reenvío se pasan el mensaje de un lado a otro.</translation>
    </message>
    <message>
        <source>The MX record points back to the sending server.</source>
        <translation>El registro MX apunta de vuelta al servidor remitente.</translation>
    </message>
    <message>
        <source>Check the MX records and forwarding rules of the recipient&apos;s domain.</source>
        <translation>Compruebe los registros MX y las reglas de reenvío del dominio del destinatario.</translation>
    </message>
    <message>
        <source>Send the whole bounce to the recipient&apos;s administrator.</source>
        <translation>Envíe el rebote completo al administrador del destinatario.</translation>
    </message>
    <message>
        <source>IP on a blocklist</source>
        <translation>IP en una lista de bloqueo</translation>
    </message>
    <message>
        <source>The receiving server refused the sending IP because a blocklist names it.</source>
        <translation>El servidor receptor rechazó la IP remitente porque figura en una lista de bloqueo.</translation>
    </message>
    <message>
        <source>The IP sent spam or has a poor reputation, or is a dynamic address.</source>
        <translation>La IP envió spam, tiene mala reputación o es una dirección dinámica.</translation>
    </message>
    <message>
        <source>Look the IP up on the blocklist named in the reply and follow its removal steps.</source>
        <translation>Busque la IP en la lista de bloqueo indicada en la respuesta y siga sus pasos de eliminación.</translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <translation>Relay denegado</translation>
    </message>
    <message>
        <source>The server does not pass mail on to other domains for this client; it only accepts mail for its own domains.</source>
        <translation>El servidor no retransmite correo a otros dominios para este cliente; solo acepta correo para sus propios dominios.</translation>
    </message>
    <message>
        <source>You did not sign in, so the server will not relay.</source>
        <translation>No inició sesión, así que el servidor no hará de relay.</translation>
    </message>
    <message>
        <source>You connected to a server that does not host the recipient&apos;s domain.</source>
        <translation>Se conectó a un servidor que no aloja el dominio del destinatario.</translation>
    </message>
    <message>
        <source>Sign in (AUTH) to send through your own server.</source>
        <translation>Inicie sesión (AUTH) para enviar a través de su propio servidor.</translation>
    </message>
    <message>
        <source>Or connect to the recipient domain&apos;s MX.</source>
        <translation>O conéctese al MX del dominio del destinatario.</translation>
    </message>
    <message>
        <source>Reverse DNS missing or wrong</source>
        <translation>DNS inverso ausente o incorrecto</translation>
    </message>
    <message>
        <source>The server could not find a host name for the sending IP (PTR), or it does not resolve back.</source>
        <translation>El servidor no encontró un nombre de host para la IP remitente (PTR), o no se resuelve de vuelta.</translation>
    </message>
    <message>
        <source>The PTR name does not point back to the IP.</source>
        <translation>El nombre PTR no apunta de vuelta a la IP.</translation>
    </message>
    <message>
        <source>Ask the IP owner to set a PTR record that resolves back to the IP.</source>
        <translation>Pida al propietario de la IP que configure un registro PTR que se resuelva de vuelta a la IP.</translation>
    </message>
    <message>
        <source>The server refused the name the client gave with EHLO/HELO.</source>
        <translation>El servidor rechazó el nombre que el cliente indicó con EHLO/HELO.</translation>
    </message>
    <message>
        <source>The name is not a fully qualified domain name (for example &quot;localhost&quot; or a Windows machine name).</source>
        <translation>El nombre no es un nombre de dominio completo (por ejemplo &quot;localhost&quot; o el nombre de un equipo Windows).</translation>
    </message>
    <message>
        <source>The name does not exist in DNS.</source>
        <translation>El nombre no existe en el DNS.</translation>
    </message>
    <message>
        <source>Use the server&apos;s full public DNS name as EHLO name.</source>
        <translation>Use el nombre DNS público completo del servidor como nombre EHLO.</translation>
    </message>
    <message>
        <source>Sender domain not found</source>
        <translation>Dominio del remitente no encontrado</translation>
    </message>
    <message>
        <source>The server looked up the sender address&apos;s domain and it does not exist in DNS.</source>
        <translation>El servidor consultó el dominio de la dirección del remitente y no existe en el DNS.</translation>
    </message>
    <message>
        <source>A typo in the sender domain, or an internal-only domain (.local, .lan).</source>
        <translation>Una errata en el dominio del remitente, o un dominio solo interno (.local, .lan).</translation>
    </message>
    <message>
        <source>Use a sender address in a public domain that exists.</source>
        <translation>Use una dirección de remitente de un dominio público que exista.</translation>
    </message>
    <message>
        <source>Sender address not yours</source>
        <translation>La dirección de remitente no es suya</translation>
    </message>
    <message>
        <source>The signed-in account may not send with this sender address.</source>
        <translation>La cuenta con la que se inició sesión no puede enviar con esta dirección de remitente.</translation>
    </message>
    <message>
        <source>The MAIL FROM address differs from the account&apos;s own address.</source>
        <translation>La dirección de MAIL FROM es distinta de la dirección propia de la cuenta.</translation>
    </message>
    <message>
        <source>Send with the address of the account you signed in with, or get send-as rights.</source>
        <translation>Envíe con la dirección de la cuenta con la que inició sesión, u obtenga permisos de envío como ella.</translation>
    </message>
    <message>
        <source>Recipient domain not found</source>
        <translation>Dominio del destinatario no encontrado</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain could not be found in DNS.</source>
        <translation>No se encontró el dominio del destinatario en el DNS.</translation>
    </message>
    <message>
        <source>The domain expired or has broken DNS.</source>
        <translation>El dominio caducó o tiene el DNS roto.</translation>
    </message>
    <message>
        <source>Check the domain; look up its MX records.</source>
        <translation>Compruebe el dominio; consulte sus registros MX.</translation>
    </message>
    <message>
        <source>Greylisted</source>
        <translation>En lista gris</translation>
    </message>
    <message>
        <source>The server greylists: it refuses the first attempt from an unknown sender and accepts a retry after a few minutes.</source>
        <translation>El servidor aplica listas grises: rechaza el primer intento de un remitente desconocido y acepta un reintento unos minutos después.</translation>
    </message>
    <message>
        <source>This sender, IP and recipient combination is new to the server.</source>
        <translation>Esta combinación de remitente, IP y destinatario es nueva para el servidor.</translation>
    </message>
    <message>
        <source>Nothing to fix: a real mail server retries and gets through.</source>
        <translation>Nada que corregir: un servidor de correo real reintenta y consigue pasar.</translation>
    </message>
    <message>
        <source>If the test must pass now, retry after the delay the server names.</source>
        <translation>Si la prueba tiene que pasar ahora, vuelva a intentarlo tras el retraso que indique el servidor.</translation>
    </message>
    <message>
        <source>Recipient unknown (Postfix)</source>
        <translation>Destinatario desconocido (Postfix)</translation>
    </message>
    <message>
        <source>The Postfix server has no mailbox with this address.</source>
        <translation>El servidor Postfix no tiene ningún buzón con esta dirección.</translation>
    </message>
    <message>
        <source>The message is larger than the server accepts.</source>
        <translation>El mensaje es más grande de lo que acepta el servidor.</translation>
    </message>
    <message>
        <source>Send files as links, or compress them.</source>
        <translation>Envíe los archivos como enlaces, o comprímalos.</translation>
    </message>
    <message>
        <source>The client sent commands before the server had answered, although it did not offer PIPELINING at that point.</source>
        <translation>El cliente envió comandos antes de que el servidor respondiera, aunque en ese momento no ofrecía PIPELINING.</translation>
    </message>
    <message>
        <source>A client (or a spam tool) that does not wait for replies.</source>
        <translation>Un cliente (o una herramienta de spam) que no espera las respuestas.</translation>
    </message>
    <message>
        <source>Use a client that waits for each reply.</source>
        <translation>Use un cliente que espere a cada respuesta.</translation>
    </message>
    <message>
        <source>Client refused</source>
        <translation>Cliente rechazado</translation>
    </message>
    <message>
        <source>The server refuses connections from this client&apos;s IP address.</source>
        <translation>El servidor rechaza las conexiones desde la dirección IP de este cliente.</translation>
    </message>
    <message>
        <source>A local block rule for the IP or its network.</source>
        <translation>Una regla local de bloqueo para la IP o su red.</translation>
    </message>
    <message>
        <source>Ask the receiving administrator why the IP is refused.</source>
        <translation>Pregunte al administrador del destino por qué se rechaza la IP.</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Velocidad limitada</translation>
    </message>
    <message>
        <source>The server limits how many connections or messages this client may send in a period.</source>
        <translation>El servidor limita cuántas conexiones o mensajes puede enviar este cliente en un periodo.</translation>
    </message>
    <message>
        <source>Too many parallel connections or messages in a short time.</source>
        <translation>Demasiadas conexiones en paralelo o demasiados mensajes en poco tiempo.</translation>
    </message>
    <message>
        <source>Send more slowly or with fewer connections; the limit resets by itself.</source>
        <translation>Envíe más despacio o con menos conexiones; el límite se restablece solo.</translation>
    </message>
    <message>
        <source>Sender could not be verified</source>
        <translation>No se pudo verificar el remitente</translation>
    </message>
    <message>
        <source>The server checked the sender address (a call-back) and it does not accept mail.</source>
        <translation>El servidor comprobó la dirección del remitente (una llamada de verificación) y esta no acepta correo.</translation>
    </message>
    <message>
        <source>The sender address does not exist or its domain refuses the check.</source>
        <translation>La dirección del remitente no existe o su dominio rechaza la comprobación.</translation>
    </message>
    <message>
        <source>Use a real sender address that accepts mail.</source>
        <translation>Use una dirección de remitente real que acepte correo.</translation>
    </message>
    <message>
        <source>Unrouteable address (Exim)</source>
        <translation>Dirección no enrutable (Exim)</translation>
    </message>
    <message>
        <source>Exim found no way to deliver to this address: the mailbox or the domain is unknown to it.</source>
        <translation>Exim no encontró forma de entregar a esta dirección: no conoce el buzón o el dominio.</translation>
    </message>
    <message>
        <source>The mailbox does not exist, or the recipient domain has no usable MX.</source>
        <translation>El buzón no existe, o el dominio del destinatario no tiene un MX utilizable.</translation>
    </message>
    <message>
        <source>Check the address and the domain&apos;s MX records.</source>
        <translation>Compruebe la dirección y los registros MX del dominio.</translation>
    </message>
    <message>
        <source>The receiving server has no mailbox with this address.</source>
        <translation>El servidor receptor no tiene ningún buzón con esta dirección.</translation>
    </message>
    <message>
        <source>Check the address with the recipient by another channel.</source>
        <translation>Compruebe la dirección con el destinatario por otro canal.</translation>
    </message>
    <message>
        <source>Refused as spam</source>
        <translation>Rechazado como spam</translation>
    </message>
    <message>
        <source>The server&apos;s filter judged the message to be spam.</source>
        <translation>El filtro del servidor consideró el mensaje spam.</translation>
    </message>
    <message>
        <source>Send a plain message; check SPF, DKIM and DMARC; remove suspicious links.</source>
        <translation>Envíe un mensaje sencillo; compruebe SPF, DKIM y DMARC; quite los enlaces sospechosos.</translation>
    </message>
    <message>
        <source>Dangerous content</source>
        <translation>Contenido peligroso</translation>
    </message>
    <message>
        <source>The server found a virus or a forbidden attachment type.</source>
        <translation>El servidor encontró un virus o un tipo de adjunto prohibido.</translation>
    </message>
    <message>
        <source>An infected file or a blocked file type (for example .exe or macros).</source>
        <translation>Un archivo infectado o un tipo de archivo bloqueado (por ejemplo .exe o macros).</translation>
    </message>
    <message>
        <source>Scan the file; send it as a link or in an allowed format.</source>
        <translation>Analice el archivo; envíelo como enlace o en un formato permitido.</translation>
    </message>
    <message>
        <source>Delivery gave up after retrying</source>
        <translation>La entrega se abandonó tras varios reintentos</translation>
    </message>
    <message>
        <source>The sending server kept retrying for days and then gave up.</source>
        <translation>El servidor remitente siguió reintentando durante días y después se rindió.</translation>
    </message>
    <message>
        <source>The destination was unreachable or deferred every attempt.</source>
        <translation>El destino estuvo inaccesible o aplazó todos los intentos.</translation>
    </message>
    <message>
        <source>Test the destination with this wizard to find out why.</source>
        <translation>Pruebe el destino con este asistente para averiguar por qué.</translation>
    </message>
    <message>
        <source>The server did not accept the user name and password.</source>
        <translation>El servidor no aceptó el nombre de usuario y la contraseña.</translation>
    </message>
    <message>
        <source>The mailbox exists but is disabled.</source>
        <translation>El buzón existe, pero está desactivado.</translation>
    </message>
    <message>
        <source>The sending server could not get an answer from the destination in time.</source>
        <translation>El servidor remitente no obtuvo respuesta del destino a tiempo.</translation>
    </message>
    <message>
        <source>The destination is down, or a firewall drops the connection.</source>
        <translation>El destino no funciona, o un cortafuegos descarta la conexión.</translation>
    </message>
    <message>
        <source>Outbound port 25 is blocked at the sender.</source>
        <translation>El puerto 25 de salida está bloqueado en el lado del remitente.</translation>
    </message>
    <message>
        <source>Test the destination&apos;s MX on port 25 with this wizard.</source>
        <translation>Pruebe con este asistente el MX del destino en el puerto 25.</translation>
    </message>
    <message>
        <source>The destination refused the connection: no mail service listens there.</source>
        <translation>El destino rechazó la conexión: no hay ningún servicio de correo escuchando allí.</translation>
    </message>
    <message>
        <source>The mail service is down, or the MX points at the wrong host.</source>
        <translation>El servicio de correo no funciona, o el MX apunta al host equivocado.</translation>
    </message>
    <message>
        <source>Check the MX records and whether the server runs.</source>
        <translation>Compruebe los registros MX y si el servidor está en funcionamiento.</translation>
    </message>
    <message>
        <source>Recipient has moved</source>
        <translation>El destinatario se ha trasladado</translation>
    </message>
    <message>
        <source>The recipient is no longer at this address.</source>
        <translation>El destinatario ya no está en esta dirección.</translation>
    </message>
    <message>
        <source>The server reports success.</source>
        <translation>El servidor informa de éxito.</translation>
    </message>
    <message>
        <source>This is a temporary failure: a mail server keeps retrying for a while, and the same attempt may succeed later.</source>
        <translation>Es un fallo temporal: un servidor de correo sigue reintentando durante un tiempo, y el mismo intento puede funcionar más tarde.</translation>
    </message>
    <message>
        <source>This is a permanent failure: sending again fails the same way until the cause is fixed.</source>
        <translation>Es un fallo permanente: volver a enviar falla igual hasta que se corrija la causa.</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Éxito</translation>
    </message>
    <message>
        <source>The server did what was asked.</source>
        <translation>El servidor hizo lo que se le pidió.</translation>
    </message>
    <message>
        <source>The command was accepted.</source>
        <translation>Se aceptó el comando.</translation>
    </message>
    <message>
        <source>Waiting for more</source>
        <translation>Esperando más</translation>
    </message>
    <message>
        <source>The server accepted the command and waits for more input.</source>
        <translation>El servidor aceptó el comando y espera más datos.</translation>
    </message>
    <message>
        <source>The command needs a second part (a message body or a sign-in answer).</source>
        <translation>El comando necesita una segunda parte (el cuerpo de un mensaje o una respuesta de inicio de sesión).</translation>
    </message>
    <message>
        <source>Send what the server asks for.</source>
        <translation>Envíe lo que pide el servidor.</translation>
    </message>
    <message>
        <source>Temporary failure</source>
        <translation>Fallo temporal</translation>
    </message>
    <message>
        <source>The server could not do it now but may later.</source>
        <translation>El servidor no pudo hacerlo ahora, pero quizá pueda más tarde.</translation>
    </message>
    <message>
        <source>The server is busy, limits the sender, or waits for a retry.</source>
        <translation>El servidor está ocupado, limita al remitente o espera un reintento.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it persists, read the server&apos;s text.</source>
        <translation>Vuelva a intentarlo en unos minutos; si persiste, lea el texto del servidor.</translation>
    </message>
    <message>
        <source>Permanent failure</source>
        <translation>Fallo permanente</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>El servidor rechazó la solicitud.</translation>
    </message>
    <message>
        <source>The server&apos;s rules or data do not allow the request.</source>
        <translation>Las reglas o los datos del servidor no permiten la solicitud.</translation>
    </message>
    <message>
        <source>Read the server&apos;s text and fix the cause before sending again.</source>
        <translation>Lea el texto del servidor y corrija la causa antes de volver a enviar.</translation>
    </message>
    <message>
        <source>The server gave no reason; by its code alone this means: %1</source>
        <translation>El servidor no dio ningún motivo; solo por su código, significa: %1</translation>
    </message>
    <message>
        <source>The server&apos;s words name no cause the catalogue knows; by its code alone this means: %1</source>
        <translation>Las palabras del servidor no indican ninguna causa que conozca el catálogo; solo por su código, significa: %1</translation>
    </message>
    <message>
        <source>No certificate error</source>
        <translation>Ningún error de certificado</translation>
    </message>
    <message>
        <source>The certificate was verified.</source>
        <translation>El certificado se verificó.</translation>
    </message>
    <message>
        <source>Nothing is wrong.</source>
        <translation>No hay ningún problema.</translation>
    </message>
    <message>
        <source>Issuer certificate missing</source>
        <translation>Falta el certificado del emisor</translation>
    </message>
    <message>
        <source>The certificate of the authority that issued the server&apos;s certificate could not be found.</source>
        <translation>No se encontró el certificado de la autoridad que emitió el certificado del servidor.</translation>
    </message>
    <message>
        <source>The server does not send its intermediate certificates.</source>
        <translation>El servidor no envía sus certificados intermedios.</translation>
    </message>
    <message>
        <source>The issuing authority is not trusted on this computer.</source>
        <translation>La autoridad emisora no es de confianza en este equipo.</translation>
    </message>
    <message>
        <source>Ask the administrator to send the intermediate certificates with the server certificate.</source>
        <translation>Pida al administrador que envíe los certificados intermedios junto con el certificado del servidor.</translation>
    </message>
    <message>
        <source>Certificate signature unreadable</source>
        <translation>Firma del certificado ilegible</translation>
    </message>
    <message>
        <source>The signature on the certificate could not be decrypted.</source>
        <translation>No se pudo descifrar la firma del certificado.</translation>
    </message>
    <message>
        <source>A damaged certificate or a wrong issuer key.</source>
        <translation>Un certificado dañado o una clave de emisor incorrecta.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to install a valid certificate with its full chain.</source>
        <translation>Pida al administrador del servidor que instale un certificado válido con su cadena completa.</translation>
    </message>
    <message>
        <source>Issuer key unreadable</source>
        <translation>Clave del emisor ilegible</translation>
    </message>
    <message>
        <source>The public key of the issuing authority could not be read.</source>
        <translation>No se pudo leer la clave pública de la autoridad emisora.</translation>
    </message>
    <message>
        <source>A damaged or unusual issuer certificate.</source>
        <translation>Un certificado de emisor dañado o poco habitual.</translation>
    </message>
    <message>
        <source>Certificate signature invalid</source>
        <translation>Firma del certificado no válida</translation>
    </message>
    <message>
        <source>The certificate&apos;s signature does not match its contents.</source>
        <translation>La firma del certificado no coincide con su contenido.</translation>
    </message>
    <message>
        <source>The certificate was altered, or someone intercepts the connection.</source>
        <translation>El certificado se alteró, o alguien intercepta la conexión.</translation>
    </message>
    <message>
        <source>Do not trust this connection; test from another network.</source>
        <translation>No confíe en esta conexión; pruebe desde otra red.</translation>
    </message>
    <message>
        <source>Certificate not yet valid</source>
        <translation>Certificado aún no válido</translation>
    </message>
    <message>
        <source>The certificate&apos;s validity starts in the future.</source>
        <translation>La validez del certificado empieza en el futuro.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong.</source>
        <translation>El reloj de este equipo está mal.</translation>
    </message>
    <message>
        <source>The certificate was installed before its start date.</source>
        <translation>El certificado se instaló antes de su fecha de inicio.</translation>
    </message>
    <message>
        <source>Check the date and time of this computer.</source>
        <translation>Compruebe la fecha y la hora de este equipo.</translation>
    </message>
    <message>
        <source>Certificate expired</source>
        <translation>Certificado caducado</translation>
    </message>
    <message>
        <source>The certificate&apos;s validity has ended.</source>
        <translation>La validez del certificado ha terminado.</translation>
    </message>
    <message>
        <source>The administrator did not renew it (automatic renewal failed).</source>
        <translation>El administrador no lo renovó (falló la renovación automática).</translation>
    </message>
    <message>
        <source>Ask the administrator to renew the certificate.</source>
        <translation>Pida al administrador que renueve el certificado.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time.</source>
        <translation>Compruebe la fecha y la hora de este equipo.</translation>
    </message>
    <message>
        <source>Invalid start date in certificate</source>
        <translation>Fecha de inicio no válida en el certificado</translation>
    </message>
    <message>
        <source>The certificate&apos;s start date field is malformed.</source>
        <translation>El campo de fecha de inicio del certificado está mal formado.</translation>
    </message>
    <message>
        <source>A broken certificate.</source>
        <translation>Un certificado roto.</translation>
    </message>
    <message>
        <source>Invalid end date in certificate</source>
        <translation>Fecha de fin no válida en el certificado</translation>
    </message>
    <message>
        <source>The certificate&apos;s end date field is malformed.</source>
        <translation>El campo de fecha de fin del certificado está mal formado.</translation>
    </message>
    <message>
        <source>Self-signed certificate</source>
        <translation>Certificado autofirmado</translation>
    </message>
    <message>
        <source>The server presents a certificate it signed itself; nobody vouches for it.</source>
        <translation>El servidor presenta un certificado firmado por él mismo; nadie lo avala.</translation>
    </message>
    <message>
        <source>A default certificate created when the server was installed.</source>
        <translation>Un certificado predeterminado creado al instalar el servidor.</translation>
    </message>
    <message>
        <source>A test or internal server.</source>
        <translation>Un servidor de pruebas o interno.</translation>
    </message>
    <message>
        <source>Install a certificate from a public authority (for example Let&apos;s Encrypt).</source>
        <translation>Instale un certificado de una autoridad pública (por ejemplo Let&apos;s Encrypt).</translation>
    </message>
    <message>
        <source>For an internal server, add its certificate as a trusted CA file in the test.</source>
        <translation>Para un servidor interno, añada su certificado como archivo de CA de confianza en la prueba.</translation>
    </message>
    <message>
        <source>Self-signed certificate in the chain</source>
        <translation>Certificado autofirmado en la cadena</translation>
    </message>
    <message>
        <source>The chain ends in a self-signed certificate that is not trusted here.</source>
        <translation>La cadena termina en un certificado autofirmado que aquí no es de confianza.</translation>
    </message>
    <message>
        <source>A private certificate authority.</source>
        <translation>Una autoridad de certificación privada.</translation>
    </message>
    <message>
        <source>A proxy or antivirus that intercepts TLS.</source>
        <translation>Un proxy o un antivirus que intercepta TLS.</translation>
    </message>
    <message>
        <source>Add the private CA as a trusted CA file, or use a public certificate.</source>
        <translation>Añada la CA privada como archivo de CA de confianza, o use un certificado público.</translation>
    </message>
    <message>
        <source>Issuer not found locally</source>
        <translation>Emisor no encontrado localmente</translation>
    </message>
    <message>
        <source>The authority that issued the certificate is not known on this computer.</source>
        <translation>La autoridad que emitió el certificado no es conocida en este equipo.</translation>
    </message>
    <message>
        <source>A missing intermediate certificate.</source>
        <translation>Falta un certificado intermedio.</translation>
    </message>
    <message>
        <source>A private or unknown certificate authority.</source>
        <translation>Una autoridad de certificación privada o desconocida.</translation>
    </message>
    <message>
        <source>Add the private CA as a trusted CA file if this is an internal server.</source>
        <translation>Añada la CA privada como archivo de CA de confianza si es un servidor interno.</translation>
    </message>
    <message>
        <source>Cannot verify the certificate</source>
        <translation>No se puede verificar el certificado</translation>
    </message>
    <message>
        <source>No certificate in the chain could be verified.</source>
        <translation>No se pudo verificar ningún certificado de la cadena.</translation>
    </message>
    <message>
        <source>The server sends only its own certificate without intermediates.</source>
        <translation>El servidor solo envía su propio certificado, sin intermedios.</translation>
    </message>
    <message>
        <source>Certificate revoked</source>
        <translation>Certificado revocado</translation>
    </message>
    <message>
        <source>The issuing authority has withdrawn this certificate.</source>
        <translation>La autoridad emisora ha retirado este certificado.</translation>
    </message>
    <message>
        <source>The key was compromised or the certificate was replaced.</source>
        <translation>La clave se vio comprometida o el certificado se sustituyó.</translation>
    </message>
    <message>
        <source>Ask the administrator to install a new certificate.</source>
        <translation>Pida al administrador que instale un certificado nuevo.</translation>
    </message>
    <message>
        <source>Invalid authority certificate</source>
        <translation>Certificado de autoridad no válido</translation>
    </message>
    <message>
        <source>A certificate in the chain is not allowed to act as an authority.</source>
        <translation>Un certificado de la cadena no tiene permitido actuar como autoridad.</translation>
    </message>
    <message>
        <source>A wrongly built chain.</source>
        <translation>Una cadena mal construida.</translation>
    </message>
    <message>
        <source>Chain too long</source>
        <translation>Cadena demasiado larga</translation>
    </message>
    <message>
        <source>The certificate chain is longer than an authority allows.</source>
        <translation>La cadena de certificados es más larga de lo que permite una autoridad.</translation>
    </message>
    <message>
        <source>A misconfigured chain.</source>
        <translation>Una cadena mal configurada.</translation>
    </message>
    <message>
        <source>Certificate not for this purpose</source>
        <translation>Certificado no válido para este uso</translation>
    </message>
    <message>
        <source>The certificate is not meant for a TLS server.</source>
        <translation>El certificado no está pensado para un servidor TLS.</translation>
    </message>
    <message>
        <source>A client or e-mail signing certificate installed on the server.</source>
        <translation>Un certificado de cliente o de firma de correo instalado en el servidor.</translation>
    </message>
    <message>
        <source>The root authority is not trusted for this purpose.</source>
        <translation>La autoridad raíz no es de confianza para este uso.</translation>
    </message>
    <message>
        <source>A private or distrusted authority.</source>
        <translation>Una autoridad privada o desacreditada.</translation>
    </message>
    <message>
        <source>Use a certificate from a public authority.</source>
        <translation>Use un certificado de una autoridad pública.</translation>
    </message>
    <message>
        <source>Certificate rejected</source>
        <translation>Certificado rechazado</translation>
    </message>
    <message>
        <source>The root authority is marked to reject this purpose.</source>
        <translation>La autoridad raíz está marcada para rechazar este uso.</translation>
    </message>
    <message>
        <source>The trust settings of this computer reject the authority.</source>
        <translation>La configuración de confianza de este equipo rechaza la autoridad.</translation>
    </message>
    <message>
        <source>Check the trusted authorities of this computer.</source>
        <translation>Compruebe las autoridades de confianza de este equipo.</translation>
    </message>
    <message>
        <source>Issuer mismatch</source>
        <translation>Emisor no coincidente</translation>
    </message>
    <message>
        <source>The issuer name does not match the authority&apos;s subject.</source>
        <translation>El nombre del emisor no coincide con el sujeto de la autoridad.</translation>
    </message>
    <message>
        <source>A wrong intermediate certificate is sent.</source>
        <translation>Se envía un certificado intermedio incorrecto.</translation>
    </message>
    <message>
        <source>Authority key mismatch</source>
        <translation>Clave de autoridad no coincidente</translation>
    </message>
    <message>
        <source>The authority identifier in the certificate does not match the issuer.</source>
        <translation>El identificador de autoridad del certificado no coincide con el emisor.</translation>
    </message>
    <message>
        <source>No certificate sent</source>
        <translation>No se envió ningún certificado</translation>
    </message>
    <message>
        <source>The server did not present any certificate.</source>
        <translation>El servidor no presentó ningún certificado.</translation>
    </message>
    <message>
        <source>An anonymous TLS setup or a broken server.</source>
        <translation>Una configuración TLS anónima o un servidor defectuoso.</translation>
    </message>
    <message>
        <source>Certificate for another name</source>
        <translation>Certificado para otro nombre</translation>
    </message>
    <message>
        <source>The certificate does not name the host that was contacted.</source>
        <translation>El certificado no menciona el host con el que se conectó.</translation>
    </message>
    <message>
        <source>The certificate is for another name (for example the provider&apos;s host, not your domain).</source>
        <translation>El certificado es para otro nombre (por ejemplo, el host del proveedor, no su dominio).</translation>
    </message>
    <message>
        <source>You connected by IP address or by an alias.</source>
        <translation>Se conectó por dirección IP o mediante un alias.</translation>
    </message>
    <message>
        <source>Connect with the name in the certificate (see its subject alternative names).</source>
        <translation>Conéctese con el nombre que figura en el certificado (vea sus nombres alternativos del sujeto).</translation>
    </message>
    <message>
        <source>Ask the administrator to include this name in the certificate.</source>
        <translation>Pida al administrador que incluya este nombre en el certificado.</translation>
    </message>
    <message>
        <source>This program has no TLS support available.</source>
        <translation>Este programa no dispone de compatibilidad con TLS.</translation>
    </message>
    <message>
        <source>The TLS library (OpenSSL) is missing.</source>
        <translation>Falta la biblioteca TLS (OpenSSL).</translation>
    </message>
    <message>
        <source>Install the OpenSSL libraries and restart the program.</source>
        <translation>Instale las bibliotecas OpenSSL y reinicie el programa.</translation>
    </message>
    <message>
        <source>Certificate blocked</source>
        <translation>Certificado bloqueado</translation>
    </message>
    <message>
        <source>The certificate is on a block list of known bad certificates.</source>
        <translation>El certificado está en una lista de bloqueo de certificados maliciosos conocidos.</translation>
    </message>
    <message>
        <source>A compromised or fraudulent certificate.</source>
        <translation>Un certificado comprometido o fraudulento.</translation>
    </message>
    <message>
        <source>Do not trust this connection; tell the administrator.</source>
        <translation>No confíe en esta conexión; avise al administrador.</translation>
    </message>
    <message>
        <source>Certificate status unknown</source>
        <translation>Estado del certificado desconocido</translation>
    </message>
    <message>
        <source>The revocation status of the certificate could not be determined.</source>
        <translation>No se pudo determinar el estado de revocación del certificado.</translation>
    </message>
    <message>
        <source>The revocation service (OCSP) gave no usable answer.</source>
        <translation>El servicio de revocación (OCSP) no dio ninguna respuesta utilizable.</translation>
    </message>
    <message>
        <source>No revocation answer</source>
        <translation>Sin respuesta de revocación</translation>
    </message>
    <message>
        <source>The server gave no revocation status (OCSP) for its certificate.</source>
        <translation>El servidor no dio ningún estado de revocación (OCSP) para su certificado.</translation>
    </message>
    <message>
        <source>OCSP stapling is not set up.</source>
        <translation>El grapado OCSP no está configurado.</translation>
    </message>
    <message>
        <source>Nothing urgent; the administrator may enable OCSP stapling.</source>
        <translation>Nada urgente; el administrador puede activar el grapado OCSP.</translation>
    </message>
    <message>
        <source>Revocation request malformed</source>
        <translation>Solicitud de revocación mal formada</translation>
    </message>
    <message>
        <source>The revocation service could not read the request.</source>
        <translation>El servicio de revocación no pudo leer la solicitud.</translation>
    </message>
    <message>
        <source>A client or service problem.</source>
        <translation>Un problema del cliente o del servicio.</translation>
    </message>
    <message>
        <source>Revocation answer malformed</source>
        <translation>Respuesta de revocación mal formada</translation>
    </message>
    <message>
        <source>The revocation answer could not be read.</source>
        <translation>No se pudo leer la respuesta de revocación.</translation>
    </message>
    <message>
        <source>A broken OCSP response on the server.</source>
        <translation>Una respuesta OCSP defectuosa en el servidor.</translation>
    </message>
    <message>
        <source>Tell the administrator.</source>
        <translation>Avise al administrador.</translation>
    </message>
    <message>
        <source>Revocation service error</source>
        <translation>Error del servicio de revocación</translation>
    </message>
    <message>
        <source>The revocation service reported an internal error.</source>
        <translation>El servicio de revocación informó de un error interno.</translation>
    </message>
    <message>
        <source>A problem at the certificate authority.</source>
        <translation>Un problema en la autoridad de certificación.</translation>
    </message>
    <message>
        <source>Revocation service busy</source>
        <translation>Servicio de revocación ocupado</translation>
    </message>
    <message>
        <source>The revocation service asked to try later.</source>
        <translation>El servicio de revocación pidió que se intentara más tarde.</translation>
    </message>
    <message>
        <source>A busy certificate authority.</source>
        <translation>Una autoridad de certificación ocupada.</translation>
    </message>
    <message>
        <source>Revocation request must be signed</source>
        <translation>La solicitud de revocación debe ir firmada</translation>
    </message>
    <message>
        <source>The revocation service needs a signed request.</source>
        <translation>El servicio de revocación necesita una solicitud firmada.</translation>
    </message>
    <message>
        <source>An unusual OCSP setup.</source>
        <translation>Una configuración OCSP poco habitual.</translation>
    </message>
    <message>
        <source>Revocation request not authorised</source>
        <translation>Solicitud de revocación no autorizada</translation>
    </message>
    <message>
        <source>The revocation service refused to answer for this certificate.</source>
        <translation>El servicio de revocación se negó a responder para este certificado.</translation>
    </message>
    <message>
        <source>The OCSP service does not know the certificate.</source>
        <translation>El servicio OCSP no conoce el certificado.</translation>
    </message>
    <message>
        <source>Revocation answer not trusted</source>
        <translation>Respuesta de revocación no fiable</translation>
    </message>
    <message>
        <source>The revocation answer is not signed by a trusted party.</source>
        <translation>La respuesta de revocación no está firmada por una parte de confianza.</translation>
    </message>
    <message>
        <source>A misconfigured OCSP responder or interception.</source>
        <translation>Un servidor OCSP mal configurado o una interceptación.</translation>
    </message>
    <message>
        <source>Revocation answer for another certificate</source>
        <translation>Respuesta de revocación para otro certificado</translation>
    </message>
    <message>
        <source>The revocation answer is about a different certificate.</source>
        <translation>La respuesta de revocación se refiere a otro certificado.</translation>
    </message>
    <message>
        <source>A stale or wrong stapled OCSP response.</source>
        <translation>Una respuesta OCSP grapada obsoleta o incorrecta.</translation>
    </message>
    <message>
        <source>Revocation answer expired</source>
        <translation>Respuesta de revocación caducada</translation>
    </message>
    <message>
        <source>The revocation answer is too old.</source>
        <translation>La respuesta de revocación es demasiado antigua.</translation>
    </message>
    <message>
        <source>An outdated stapled OCSP response, or a wrong clock here.</source>
        <translation>Una respuesta OCSP grapada desactualizada, o un reloj incorrecto aquí.</translation>
    </message>
    <message>
        <source>Check the date and time; tell the administrator.</source>
        <translation>Compruebe la fecha y la hora; avise al administrador.</translation>
    </message>
    <message>
        <source>Revocation status unknown</source>
        <translation>Estado de revocación desconocido</translation>
    </message>
    <message>
        <source>The revocation service does not know this certificate.</source>
        <translation>El servicio de revocación no conoce este certificado.</translation>
    </message>
    <message>
        <source>A certificate from an unknown authority.</source>
        <translation>Un certificado de una autoridad desconocida.</translation>
    </message>
    <message>
        <source>Unspecified certificate error</source>
        <translation>Error de certificado sin especificar</translation>
    </message>
    <message>
        <source>The TLS library reported a certificate error without detail.</source>
        <translation>La biblioteca TLS informó de un error de certificado sin detalles.</translation>
    </message>
    <message>
        <source>An unusual certificate or TLS library problem.</source>
        <translation>Un problema poco habitual del certificado o de la biblioteca TLS.</translation>
    </message>
    <message>
        <source>Look at the certificate details.</source>
        <translation>Revise los detalles del certificado.</translation>
    </message>
    <message>
        <source>Receiving server&apos;s blocklist check is misconfigured</source>
        <translation>La comprobación de listas de bloqueo del servidor receptor está mal configurada</translation>
    </message>
    <message>
        <source>The receiving server asked Spamhaus about the sending IP in a way Spamhaus refuses to answer, and took the refusal for a listing. The sending IP is not necessarily listed.</source>
        <translation>El servidor receptor consultó a Spamhaus sobre la IP de envío de una forma que Spamhaus se niega a responder, y tomó la negativa por una inclusión en la lista. La IP de envío no está necesariamente listada.</translation>
    </message>
    <message>
        <source>The receiving server queries Spamhaus through a public or shared DNS resolver, which Spamhaus does not answer.</source>
        <translation>El servidor receptor consulta a Spamhaus a través de un resolvedor DNS público o compartido, al que Spamhaus no responde.</translation>
    </message>
    <message>
        <source>The receiving server made more queries than Spamhaus&apos;s free use allows.</source>
        <translation>El servidor receptor hizo más consultas de las que permite el uso gratuito de Spamhaus.</translation>
    </message>
    <message>
        <source>Tell the recipient&apos;s mail administrator: their server must query Spamhaus through its own DNS resolver or with a Data Query Service key.</source>
        <translation>Avise al administrador de correo del destinatario: su servidor debe consultar a Spamhaus con su propio resolvedor DNS o con una clave de Data Query Service.</translation>
    </message>
    <message>
        <source>Check the sending IP on the Spamhaus lookup page to be sure it is not listed.</source>
        <translation>Compruebe la IP de envío en la página de consulta de Spamhaus para asegurarse de que no está listada.</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>No se indica ningún motivo</translation>
    </message>
    <message>
        <source>The report says the message was not delivered, but names no reason: no reply code, no status code, no error text.</source>
        <translation>El informe dice que el mensaje no se entregó, pero no indica ningún motivo: ni código de respuesta, ni código de estado, ni texto de error.</translation>
    </message>
    <message>
        <source>The server that wrote the report leaves the reason out.</source>
        <translation>El servidor que redactó el informe omite el motivo.</translation>
    </message>
    <message>
        <source>The reason is in a part of the report that is not here (its delivery-status part or an attachment).</source>
        <translation>El motivo está en una parte del informe que no está aquí (su parte de estado de entrega o un adjunto).</translation>
    </message>
    <message>
        <source>Explain the whole bounce message as it was received, with its attachments, not only its first lines.</source>
        <translation>Haga explicar el mensaje de rebote completo, tal como se recibió, con sus adjuntos, no solo sus primeras líneas.</translation>
    </message>
    <message>
        <source>Ask the administrator of the server that wrote the report for its log entry of this message.</source>
        <translation>Pida al administrador del servidor que redactó el informe su entrada de registro de este mensaje.</translation>
    </message>
    <message>
        <source>Sending IP refused before the greeting</source>
        <translation>IP de envío rechazada antes del saludo</translation>
    </message>
    <message>
        <source>The receiving server&apos;s connection filter (Postfix&apos;s postscreen, or one that answers like it) has the sending IP on its own block list, so it refused the connection before any mail was exchanged.</source>
        <translation>El filtro de conexiones del servidor receptor (postscreen de Postfix, o uno que responde como él) tiene la IP de envío en su propia lista de bloqueo, por lo que rechazó la conexión antes de intercambiar ningún mensaje.</translation>
    </message>
    <message>
        <source>The recipient&apos;s administrator put the sending IP or its network on their block list.</source>
        <translation>El administrador del destinatario puso la IP de envío o su red en su lista de bloqueo.</translation>
    </message>
    <message>
        <source>Spam or abuse came from this IP or its neighbours.</source>
        <translation>Desde esta IP o sus vecinas llegó spam o abuso.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s mail administrator to take the sending IP off their block list (postscreen_access_list).</source>
        <translation>Pida al administrador de correo del destinatario que quite la IP de envío de su lista de bloqueo (postscreen_access_list).</translation>
    </message>
    <message>
        <source>The server refused EHLO: a rule of the server about the name given with it, or about this client.</source>
        <translation>El servidor rechazó EHLO: una regla del servidor sobre el nombre dado con EHLO, o sobre este cliente.</translation>
    </message>
    <message>
        <source>The EHLO name is not a full DNS name, does not resolve, or does not point back to the sending IP.</source>
        <translation>El nombre EHLO no es un nombre DNS completo, no se resuelve o no apunta de vuelta a la IP de envío.</translation>
    </message>
    <message>
        <source>The EHLO name pretends to be the server itself, localhost, or a big provider.</source>
        <translation>El nombre EHLO se hace pasar por el propio servidor, por localhost o por un gran proveedor.</translation>
    </message>
    <message>
        <source>Use the sending server&apos;s full DNS name, which resolves to its IP, as EHLO name.</source>
        <translation>Use como nombre EHLO el nombre DNS completo del servidor de envío, que se resuelve a su IP.</translation>
    </message>
    <message>
        <source>Ask the receiving administrator which rule refused it.</source>
        <translation>Pregunte al administrador del servidor receptor qué regla lo rechazó.</translation>
    </message>
    <message>
        <source>Reason not recognised</source>
        <translation>Motivo no reconocido</translation>
    </message>
    <message>
        <source>The text says that something failed, but it gives no reply code and names no cause this wizard knows.</source>
        <translation>El texto dice que algo falló, pero no da ningún código de respuesta ni nombra ninguna causa que este asistente conozca.</translation>
    </message>
    <message>
        <source>The server or program that wrote it words the reason its own way.</source>
        <translation>El servidor o el programa que lo escribió expresa el motivo a su manera.</translation>
    </message>
    <message>
        <source>Read its own words above: they are all it says.</source>
        <translation>Lea sus propias palabras arriba: es todo lo que dice.</translation>
    </message>
    <message>
        <source>Test the same recipient with this wizard: the receiving server&apos;s own reply comes with a code that says more.</source>
        <translation>Pruebe el mismo destinatario con este asistente: la respuesta del propio servidor receptor trae un código que dice más.</translation>
    </message>
    <message>
        <source>Ask the administrator of the server or program that wrote it what the message means.</source>
        <translation>Pregunte al administrador del servidor o del programa que lo escribió qué significa el mensaje.</translation>
    </message>
    <message>
        <source>A syntax error or typo in the command; the command was not recognised.</source>
        <translation>Un error de sintaxis o una errata en el comando; no se reconoció el comando.</translation>
    </message>
    <message>
        <source>The report says that delivery failed and gives this reason, without a reply code; the reason names no cause this wizard knows.</source>
        <translation>El informe dice que la entrega falló y da este motivo, sin código de respuesta; el motivo no nombra ninguna causa que este asistente conozca.</translation>
    </message>
</context>
<context>
    <name>ReportFacts</name>
    <message>
        <source>SMTP test report</source>
        <translation>Informe de prueba SMTP</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Mail domain</source>
        <translation>Dominio de correo</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Certificate errors</source>
        <translation>Errores de certificado</translation>
    </message>
    <message>
        <source>ignored on request (--tls-insecure)</source>
        <translation>ignorados a petición (--tls-insecure)</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>Archivo de CA adicional</translation>
    </message>
    <message>
        <source>EHLO name</source>
        <translation>Nombre EHLO</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>AUTH %1 as %2</source>
        <translation>AUTH %1 como %2</translation>
    </message>
    <message>
        <source> (allowed without TLS)</source>
        <translation> (permitido sin TLS)</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Sender (MAIL FROM)</source>
        <translation>Remitente (MAIL FROM)</translation>
    </message>
    <message>
        <source>Recipients (RCPT TO)</source>
        <translation>Destinatarios (RCPT TO)</translation>
    </message>
    <message>
        <source>Delivery status notification</source>
        <translation>Notificación de estado de entrega</translation>
    </message>
    <message>
        <source>not asked for</source>
        <translation>no solicitada</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>Servidor DNS</translation>
    </message>
    <message>
        <source>this computer&apos;s resolver</source>
        <translation>el resolvedor de este equipo</translation>
    </message>
    <message>
        <source>IP version</source>
        <translation>Versión de IP</translation>
    </message>
    <message>
        <source>IPv4 only</source>
        <translation>Solo IPv4</translation>
    </message>
    <message>
        <source>IPv6 only</source>
        <translation>Solo IPv6</translation>
    </message>
    <message>
        <source>Mail servers</source>
        <translation>Servidores de correo</translation>
    </message>
    <message>
        <source>every MX, one after the other</source>
        <translation>todos los MX, uno tras otro</translation>
    </message>
    <message>
        <source>Attempt %1 of %2: %3 [%4] port %5</source>
        <translation>Intento %1 de %2: %3 [%4] puerto %5</translation>
    </message>
    <message>
        <source>(MX %1)</source>
        <translation>(MX %1)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado final</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Server&apos;s words</source>
        <translation>Palabras del servidor</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>SMTP Wizard</source>
        <translation>SMTP Wizard</translation>
    </message>
    <message>
        <source>(%1 bits)</source>
        <translation>(%1 bits)</translation>
    </message>
    <message>
        <source>implicit TLS</source>
        <translation>TLS implícito</translation>
    </message>
    <message>
        <source>not looked up</source>
        <translation>no consultado</translation>
    </message>
    <message>
        <source>no reverse DNS</source>
        <translation>sin DNS inverso</translation>
    </message>
    <message>
        <source>%1 (does not match the name)</source>
        <translation>%1 (no coincide con el nombre)</translation>
    </message>
    <message>
        <source>every MX, up to %1 at once</source>
        <translation>todos los MX, hasta %1 a la vez</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Cannot tell the report format from the name %1: use .txt, .html, .pdf or .json.</source>
        <translation>No se puede deducir el formato del informe a partir del nombre %1: use .txt, .html, .pdf o .json.</translation>
    </message>
    <message>
        <source>Could not save the report %1: the folder %2 does not exist.</source>
        <translation>No se pudo guardar el informe %1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>Could not save the report %1: %2 is not a folder.</source>
        <translation>No se pudo guardar el informe %1: %2 no es una carpeta.</translation>
    </message>
    <message>
        <source>Could not save the report %1: a folder of that name exists.</source>
        <translation>No se pudo guardar el informe %1: existe una carpeta con ese nombre.</translation>
    </message>
    <message>
        <source>Could not save the report %1: PDF support (the smtp-wizard-pdf module) is not installed. Save it as .html instead.</source>
        <translation>No se pudo guardar el informe %1: la compatibilidad con PDF (el módulo smtp-wizard-pdf) no está instalada. Guárdelo como .html.</translation>
    </message>
    <message>
        <source>Could not save the report %1: %2</source>
        <translation>No se pudo guardar el informe %1: %2</translation>
    </message>
    <message>
        <source>Could not write the report %1: %2. An existing file of that name was left unchanged.</source>
        <translation>No se pudo escribir el informe %1: %2. El archivo existente con ese nombre no se modificó.</translation>
    </message>
</context>
<context>
    <name>ResultJsonReader</name>
    <message>
        <source>This file is not an SMTP Wizard test result.</source>
        <translation>Este archivo no es un resultado de prueba de SMTP Wizard.</translation>
    </message>
    <message>
        <source>This test result was saved by a newer version of SMTP Wizard (format %1); this version reads format %2 and older. Update SMTP Wizard to open it.</source>
        <translation>Este resultado de prueba lo guardó una versión más reciente de SMTP Wizard (formato %1); esta versión lee el formato %2 y anteriores. Actualice SMTP Wizard para abrirlo.</translation>
    </message>
    <message>
        <source>This file is not an SMTP Wizard test result: it is not readable JSON (%1).</source>
        <translation>Este archivo no es un resultado de prueba de SMTP Wizard: no es JSON legible (%1).</translation>
    </message>
    <message>
        <source>no object at the top</source>
        <translation>no hay ningún objeto en el nivel superior</translation>
    </message>
</context>
<context>
    <name>RunComparison</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>failed (%1)</source>
        <translation>falló (%1)</translation>
    </message>
    <message>
        <source>the domain says it accepts no mail</source>
        <translation>el dominio indica que no acepta correo</translation>
    </message>
    <message>
        <source>no mail server listed; the domain&apos;s own address is used</source>
        <translation>no figura ningún servidor de correo; se usa la dirección del propio dominio</translation>
    </message>
    <message>
        <source>worked</source>
        <translation>funcionó</translation>
    </message>
    <message>
        <source>used directly (no MX record)</source>
        <translation>usado directamente (sin registro MX)</translation>
    </message>
    <message>
        <source>priority %1 (lower is tried first)</source>
        <translation>prioridad %1 (la más baja se prueba primero)</translation>
    </message>
    <message>
        <source>Looking up the mail servers</source>
        <translation>Consulta de los servidores de correo</translation>
    </message>
    <message>
        <source>Mail server %1</source>
        <translation>Servidor de correo %1</translation>
    </message>
    <message>
        <source>Addresses of %1</source>
        <translation>Direcciones de %1</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>no figura</translation>
    </message>
    <message>
        <source>everything asked for worked</source>
        <translation>funcionó todo lo solicitado</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>%1 how the conversation ended (&quot;rejected&quot;, &quot;failed&quot;), %2 the step (&quot;RCPT TO&quot;)</extracomment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>no usado</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en uso</translation>
    </message>
    <message>
        <source>could not be set up</source>
        <translation>no se pudo establecer</translation>
    </message>
    <message>
        <source>Encryption with %1</source>
        <translation>Cifrado con %1</translation>
    </message>
    <message>
        <source>Encryption version with %1</source>
        <translation>Versión de cifrado con %1</translation>
    </message>
    <message>
        <source>Encryption method (cipher) with %1</source>
        <translation>Método de cifrado (cipher) con %1</translation>
    </message>
    <message>
        <source>Certificate of %1 trusted</source>
        <translation>Certificado de %1 de confianza</translation>
    </message>
    <message>
        <source>Certificate of %1 issued to</source>
        <translation>Certificado de %1 emitido para</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Certificate of %1 valid until</source>
        <translation>Certificado de %1 válido hasta</translation>
    </message>
    <message>
        <source>Answer of %1 to %2</source>
        <translation>Respuesta de %1 a %2</translation>
    </message>
    <message>
        <source>Answer of %1 to %2 (no. %3)</source>
        <extracomment>%3 counts the answers to the same step: 2 is the EHLO after STARTTLS</extracomment>
        <translation>Respuesta de %1 a %2 (n.º %3)</translation>
    </message>
    <message>
        <source>no answer (the test did not get this far)</source>
        <translation>sin respuesta (la prueba no llegó hasta aquí)</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>no probado</translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>Conversación con %1</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>no preguntado</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <source>put off for now: %1</source>
        <translation>aplazado por ahora: %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>rechazado: %1</translation>
    </message>
    <message>
        <source>not in this test</source>
        <translation>no incluido en esta prueba</translation>
    </message>
    <message>
        <source>Recipient %1</source>
        <translation>Destinatario %1</translation>
    </message>
    <message>
        <source>What was tested</source>
        <translation>Qué se probó</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>In one sentence</source>
        <translation>En una frase</translation>
    </message>
    <message>
        <source>Time the whole test took</source>
        <translation>Duración total de la prueba</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>The server is empty</source>
        <translation>El servidor está vacío</translation>
    </message>
    <message>
        <source>The server contains a line break or control character</source>
        <translation>El servidor contiene un salto de línea o un carácter de control</translation>
    </message>
    <message>
        <source>The [ has no closing ]</source>
        <translation>Al [ le falta el ] de cierre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IP address</source>
        <translation>&quot;%1&quot; no es una dirección IP válida</translation>
    </message>
    <message>
        <source>After ] only a port may follow, as in [2001:db8::1]:587</source>
        <translation>Tras ] solo puede ir un puerto, como en [2001:db8::1]:587</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address; with a port, write [2001:db8::1]:587</source>
        <translation>&quot;%1&quot; no es una dirección IPv6 válida; con puerto, escriba [2001:db8::1]:587</translation>
    </message>
    <message>
        <source>There is no server name before the :</source>
        <translation>No hay ningún nombre de servidor antes del signo :</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 address</source>
        <translation>&quot;%1&quot; no es una dirección IPv4 válida</translation>
    </message>
    <message>
        <source>The port after : must be a number from 1 to 65535</source>
        <translation>El puerto tras los dos puntos debe ser un número de 1 a 65535</translation>
    </message>
</context>
<context>
    <name>SessionRecorder</name>
    <message numerus="yes">
        <source>… %n more lines of the message not shown</source>
        <translation>
            <numerusform>… %n línea más del mensaje no mostrada</numerusform>
            <numerusform>… %n líneas más del mensaje no mostradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeverityHeading</name>
    <message>
        <source>Problem (no reply from the server)</source>
        <translation>Problema (sin respuesta del servidor)</translation>
    </message>
    <message>
        <source>Temporary problem (no reply from the server)</source>
        <translation>Problema temporal (sin respuesta del servidor)</translation>
    </message>
    <message>
        <source>Permanent failure (no reply code given)</source>
        <translation>Fallo permanente (sin código de respuesta)</translation>
    </message>
    <message>
        <source>Temporary failure (no reply code given)</source>
        <translation>Fallo temporal (sin código de respuesta)</translation>
    </message>
</context>
<context>
    <name>SmtpDialogue</name>
    <message>
        <source>Connection closed by the server</source>
        <translation>El servidor cerró la conexión</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake</source>
        <translation>El servidor cerró la conexión durante el protocolo de enlace TLS</translation>
    </message>
    <message>
        <source>Connection reset by the server</source>
        <translation>El servidor restableció la conexión</translation>
    </message>
    <message>
        <source>The server reset the connection during the TLS handshake</source>
        <translation>El servidor restableció la conexión durante el protocolo de enlace TLS</translation>
    </message>
    <message>
        <source>No reply to QUIT; closing the connection</source>
        <translation>Sin respuesta a QUIT; se cierra la conexión</translation>
    </message>
    <message>
        <source>No connection after %1 s</source>
        <translation>Sin conexión tras %1 s</translation>
    </message>
    <message>
        <source>Connected, but no greeting after %1 s</source>
        <translation>Conectado, pero sin saludo tras %1 s</translation>
    </message>
    <message>
        <source>The TLS handshake did not finish within %1 s</source>
        <translation>El protocolo de enlace TLS no terminó en %1 s</translation>
    </message>
    <message>
        <source>No reply after %1 s</source>
        <translation>Sin respuesta tras %1 s</translation>
    </message>
    <message>
        <source>Connecting to %1 (%2) with TLS from the start</source>
        <translation>Conectando con %1 (%2) con TLS desde el principio</translation>
    </message>
    <message>
        <source>Connecting to %1 (%2)</source>
        <translation>Conectando con %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Connected after %n ms</source>
        <translation>
            <numerusform>Conectado tras %n ms</numerusform>
            <numerusform>Conectado tras %n ms</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS established: %1, %2 (%3 bits)</source>
        <translation>TLS establecido: %1, %2 (%3 bits)</translation>
    </message>
    <message>
        <source>%1 (ignored because of --tls-insecure)</source>
        <translation>%1 (ignorado por --tls-insecure)</translation>
    </message>
    <message>
        <source>%1 (accepted, as mail servers do with opportunistic STARTTLS)</source>
        <translation>%1 (aceptado, como hacen los servidores de correo con STARTTLS oportunista)</translation>
    </message>
    <message>
        <source>The server sent a reply before its command was sent (%1): without PIPELINING every reply must follow its own command</source>
        <translation>El servidor envió una respuesta antes de que se enviara su comando (%1): sin PIPELINING, cada respuesta debe seguir a su propio comando</translation>
    </message>
    <message>
        <source>Cancelled by the user</source>
        <translation>Cancelado por el usuario</translation>
    </message>
    <message>
        <source>The server greeted with %1 instead of 220</source>
        <translation>El servidor saludó con %1 en lugar de 220</translation>
    </message>
    <message>
        <source>Ignored an unusual capability line: %1</source>
        <translation>Se ignoró una línea de capacidad poco habitual: %1</translation>
    </message>
    <message>
        <source>The server does not understand EHLO; trying the older HELO</source>
        <translation>El servidor no entiende EHLO; se prueba el antiguo HELO</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, and this test requires it</source>
        <translation>El servidor no ofrece STARTTLS, y esta prueba lo exige</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS: continuing without encryption</source>
        <translation>El servidor no ofrece STARTTLS: se continúa sin cifrado</translation>
    </message>
    <message>
        <source>The server refused STARTTLS: %1</source>
        <translation>El servidor rechazó STARTTLS: %1</translation>
    </message>
    <message>
        <source>The server refused STARTTLS: continuing without encryption</source>
        <translation>El servidor rechazó STARTTLS: se continúa sin cifrado</translation>
    </message>
    <message>
        <source>The server refused the access token: %1 (decoded: %2)</source>
        <translation>El servidor rechazó el token de acceso: %1 (descodificado: %2)</translation>
    </message>
</context>
<context>
    <name>SmtpSession</name>
    <message>
        <source>The server sent a line that is not an SMTP reply</source>
        <translation>El servidor envió una línea que no es una respuesta SMTP</translation>
    </message>
    <message numerus="yes">
        <source>The server sent a line longer than %n bytes</source>
        <translation>
            <numerusform>El servidor envió una línea de más de %n byte</numerusform>
            <numerusform>El servidor envió una línea de más de %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent a reply longer than %1 bytes</source>
        <translation>El servidor envió una respuesta de más de %1 bytes</translation>
    </message>
    <message numerus="yes">
        <source>The server sent a reply of more than %n lines</source>
        <translation>
            <numerusform>El servidor envió una respuesta de más de %n línea</numerusform>
            <numerusform>El servidor envió una respuesta de más de %n líneas</numerusform>
        </translation>
    </message>
    <message>
        <source>The server reset the connection (TCP RST)</source>
        <translation>El servidor restableció la conexión (TCP RST)</translation>
    </message>
    <message>
        <source>The certificate is not trusted: %1</source>
        <translation>El certificado no es de confianza: %1</translation>
    </message>
    <message>
        <source>Ignored what the server sent after its 220 to STARTTLS and before the TLS handshake: it answers nothing and may have been injected on the way (RFC 3207 §4.2)</source>
        <translation>Se ignoró lo que el servidor envió tras su 220 a STARTTLS y antes del protocolo de enlace TLS: no responde a nada y puede haberse inyectado por el camino (RFC 3207 §4.2)</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Conexión cerrada</translation>
    </message>
</context>
<context>
    <name>TerminalPrinter</name>
    <message>
        <source>Verdict: %1</source>
        <translation>Veredicto: %1</translation>
    </message>
    <message>
        <source>Deciding reply: %1 %2 %3</source>
        <translation>Respuesta decisiva: %1 %2 %3</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Próximos pasos:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Domain health of %1</source>
        <translation>Salud del dominio %1</translation>
    </message>
    <message>
        <source>Mail server %1 at %2</source>
        <translation>Servidor de correo %1 en %2</translation>
    </message>
</context>
<context>
    <name>TestRun</name>
    <message>
        <source>Using the mail servers looked up before</source>
        <translation>Se usan los servidores de correo consultados antes</translation>
    </message>
    <message>
        <source>This server did not take the mail; a mail server would now try the next one: %1 (%2)</source>
        <translation>Este servidor no aceptó el correo; un servidor de correo probaría ahora el siguiente: %1 (%2)</translation>
    </message>
    <message>
        <source>Cancelled by the user</source>
        <translation>Cancelado por el usuario</translation>
    </message>
    <message>
        <source>Testing server %1 of %2: %3 (%4)</source>
        <translation>Probando el servidor %1 de %2: %3 (%4)</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>%1, issued by %2, valid %3 to %4</source>
        <translation>%1, emitido por %2, válido del %3 al %4</translation>
    </message>
    <message>
        <source>Names (SAN)</source>
        <translation>Nombres (SAN)</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>none: the TLS handshake did not complete</source>
        <translation>ninguna: el protocolo de enlace TLS no se completó</translation>
    </message>
    <message>
        <source>the certificate was verified</source>
        <translation>el certificado se verificó</translation>
    </message>
    <message>
        <source>Certificate error</source>
        <translation>Error de certificado</translation>
    </message>
    <message>
        <source>failed; the test went on anyway</source>
        <translation>falló; la prueba continuó de todos modos</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fallo</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Tiempos</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>(asked %1)</source>
        <translation>(se preguntó a %1)</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Próximos pasos:</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
    <message>
        <source>Test plan</source>
        <translation>Plan de la prueba</translation>
    </message>
    <message>
        <source>Mail servers (DNS) for %1</source>
        <translation>Servidores de correo (DNS) de %1</translation>
    </message>
    <message>
        <source>Null MX: the domain says it accepts no mail (RFC 7505).</source>
        <translation>MX nulo: el dominio indica que no acepta correo (RFC 7505).</translation>
    </message>
    <message>
        <source>No MX records: the domain&apos;s own address is used (implicit MX).</source>
        <translation>No hay registros MX: se usa la dirección del propio dominio (MX implícito).</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>(no addresses)</source>
        <translation>(sin direcciones)</translation>
    </message>
    <message>
        <source>PTR: %1</source>
        <translation>PTR: %1</translation>
    </message>
    <message>
        <source>Transcript (times in UTC)</source>
        <translation>Transcripción (horas en UTC)</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>en %1</translation>
    </message>
</context>
<context>
    <name>VerdictWriter</name>
    <message>
        <source>The certificate of %1 could not be verified (%2); fix it before relying on TLS.</source>
        <translation>No se pudo verificar el certificado de %1 (%2); corríjalo antes de confiar en TLS.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>For %1: %2</source>
        <translation>Para %1: %2</translation>
    </message>
    <message>
        <source>%1 was only deferred (try again later); see its reply in the transcript.</source>
        <translation>%1 solo se aplazó (vuelva a intentarlo más tarde); vea su respuesta en la transcripción.</translation>
    </message>
    <message>
        <source>%1 was refused for good; see its reply in the transcript.</source>
        <translation>%1 se rechazó definitivamente; vea su respuesta en la transcripción.</translation>
    </message>
    <message>
        <source>The server at %1 refused %2.</source>
        <translation>El servidor %1 rechazó %2.</translation>
    </message>
    <message>
        <source>The server at %1 asked to try %2 again later.</source>
        <translation>El servidor %1 pidió reintentar %2 más tarde.</translation>
    </message>
    <message>
        <source>The server at %1 refused %2; the message went to %3 only.</source>
        <translation>El servidor %1 rechazó %2; el mensaje solo llegó a %3.</translation>
    </message>
    <message>
        <source>The server at %1 refused %2; it accepted %3.</source>
        <translation>El servidor %1 rechazó %2; aceptó %3.</translation>
    </message>
    <message>
        <source>The server at %1 asked to try %2 again later; the message went to %3.</source>
        <translation>El servidor %1 pidió reintentar %2 más tarde; el mensaje llegó a %3.</translation>
    </message>
    <message>
        <source>The server at %1 asked to try %2 again later; it accepted %3.</source>
        <translation>El servidor %1 pidió reintentar %2 más tarde; aceptó %3.</translation>
    </message>
    <message>
        <source>The server at %1 accepted the message for delivery.</source>
        <translation>El servidor %1 aceptó el mensaje para entregarlo.</translation>
    </message>
    <message numerus="yes">
        <source>The server at %1 accepted the message, but refused %n recipient(s): %2.</source>
        <translation>
            <numerusform>El servidor %1 aceptó el mensaje, pero rechazó %n destinatario: %2.</numerusform>
            <numerusform>El servidor %1 aceptó el mensaje, pero rechazó %n destinatarios: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server at %1 accepted everything the test asked for; no message was sent.</source>
        <translation>El servidor %1 aceptó todo lo que pidió la prueba; no se envió ningún mensaje.</translation>
    </message>
    <message>
        <source>Check that the message arrived in the recipient&apos;s mailbox, and not in the spam folder.</source>
        <translation>Compruebe que el mensaje llegó al buzón del destinatario, y no a la carpeta de spam.</translation>
    </message>
    <message>
        <source>Check the refused addresses in the transcript.</source>
        <translation>Compruebe las direcciones rechazadas en la transcripción.</translation>
    </message>
    <message>
        <source>The server at %1 refused %2: %3.</source>
        <translation>El servidor %1 rechazó %2: %3.</translation>
    </message>
    <message>
        <source>The server at %1 asked to try %2 again later: %3.</source>
        <translation>El servidor %1 pidió reintentar %2 más tarde: %3.</translation>
    </message>
    <message>
        <source>The server at %1 could not be reached: %2.</source>
        <translation>No se pudo llegar al servidor %1: %2.</translation>
    </message>
    <message>
        <source>No mail server for %1 could be reached: %2.</source>
        <translation>No se pudo llegar a ningún servidor de correo de %1: %2.</translation>
    </message>
    <message>
        <source>The server at %1 took the connection but never sent its greeting (waited %2).</source>
        <translation>El servidor %1 aceptó la conexión, pero nunca envió su saludo (se esperó %2).</translation>
    </message>
    <message>
        <source>The server at %1 stopped answering during %2 (waited %3).</source>
        <translation>El servidor %1 dejó de responder durante %2 (se esperó %3).</translation>
    </message>
    <message>
        <source>The DNS lookup for %1 failed: %2.</source>
        <translation>Falló la consulta DNS de %1: %2.</translation>
    </message>
    <message>
        <source>The encrypted connection (TLS) with %1 failed: %2.</source>
        <translation>Falló la conexión cifrada (TLS) con %1: %2.</translation>
    </message>
    <message>
        <source>The server at %1 refused the access token of %2: %3.</source>
        <translation>El servidor %1 rechazó el token de acceso de %2: %3.</translation>
    </message>
    <message>
        <source>The server at %1 did not accept the access token of %2: %3</source>
        <translation>El servidor %1 no aceptó el token de acceso de %2: %3</translation>
    </message>
    <message>
        <source>Get a fresh access token for %1 (they expire, usually after an hour) and paste it again.</source>
        <translation>Obtenga un token de acceso nuevo para %1 (caducan, normalmente al cabo de una hora) y vuelva a pegarlo.</translation>
    </message>
    <message>
        <source>The server at %1 did not accept the sign-in of %2: %3</source>
        <translation>El servidor %1 no aceptó el inicio de sesión de %2: %3</translation>
    </message>
    <message>
        <source>Type the password of %1 again on the Sign-in page (a password kept in the keychain may be out of date) and check the user name.</source>
        <translation>Vuelva a escribir la contraseña de %1 en la página Inicio de sesión (una contraseña guardada en el llavero puede estar desactualizada) y compruebe el nombre de usuario.</translation>
    </message>
    <message>
        <source>Signing in to %1 failed: %2.</source>
        <translation>Falló el inicio de sesión en %1: %2.</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection during %2 without finishing its reply.</source>
        <translation>El servidor %1 cerró la conexión durante %2 sin terminar su respuesta.</translation>
    </message>
    <message>
        <source>The connection to %1 was broken off (reset) during %2.</source>
        <translation>La conexión con %1 se cortó (restablecimiento) durante %2.</translation>
    </message>
    <message>
        <source>The server at %1 sent a reply nobody asked for during %2: it does not wait for its turn.</source>
        <translation>El servidor %1 envió una respuesta que nadie pidió durante %2: no espera su turno.</translation>
    </message>
    <message>
        <source>The server at %1 answered with something that is not valid SMTP during %2.</source>
        <translation>El servidor %1 respondió con algo que no es SMTP válido durante %2.</translation>
    </message>
    <message>
        <source>The test was cancelled before it finished.</source>
        <translation>La prueba se canceló antes de terminar.</translation>
    </message>
    <message>
        <source>Run the test again when ready.</source>
        <translation>Vuelva a ejecutar la prueba cuando esté listo.</translation>
    </message>
    <message numerus="yes">
        <source>; %n other mail server(s) took it.</source>
        <translation>
            <numerusform>; lo aceptó %n servidor de correo más.</numerusform>
            <numerusform>; lo aceptaron %n servidores de correo más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n other mail server(s) accepted the test.</source>
        <translation>
            <numerusform>; %n servidor de correo más aceptó la prueba.</numerusform>
            <numerusform>; otros %n servidores de correo aceptaron la prueba.</numerusform>
        </translation>
    </message>
    <message>
        <source>; the same server worked on its other address (%1).</source>
        <translation>; el mismo servidor funcionó en su otra dirección (%1).</translation>
    </message>
    <message>
        <source>%1 did not take the mail, so it went to the next server; senders try %1 first every time, which delays mail: repair it or remove its MX record.</source>
        <translation>%1 no aceptó el correo, así que pasó al siguiente servidor; los remitentes prueban siempre %1 primero, lo que retrasa el correo: repárelo o elimine su registro MX.</translation>
    </message>
    <message>
        <source>Nothing to fix: the server behaved as expected.</source>
        <translation>Nada que corregir: el servidor se comportó como se esperaba.</translation>
    </message>
</context>
</TS>
