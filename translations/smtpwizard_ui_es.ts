<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SMTP Wizard</source>
        <translation>Acerca de SMTP Wizard</translation>
    </message>
    <message>
        <source>&lt;b&gt;SMTP Wizard %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;SMTP Wizard %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Tests how a mail server answers, step by step, and explains every reply in plain words. Free software under the MIT licence.</source>
        <translation>Prueba paso a paso cómo responde un servidor de correo y explica cada respuesta con palabras sencillas. Software libre con licencia MIT.</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2), QtKeychain %3</source>
        <translation>Qt %1 (compilado con %2), QtKeychain %3</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
    <message>
        <source>SMTP Wizard starts in the new language the next time it is opened.</source>
        <translation>SMTP Wizard se iniciará en el nuevo idioma la próxima vez que se abra.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>BatchCheckController</name>
    <message>
        <source>The list holds no address: type or paste one address per line.</source>
        <translation>La lista no contiene ninguna dirección: escriba o pegue una dirección por línea.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>BatchCheckFlow</name>
    <message>
        <source>The results of the list check were not saved.</source>
        <translation>No se guardaron los resultados de la comprobación de la lista.</translation>
    </message>
</context>
<context>
    <name>BatchFileDialog</name>
    <message>
        <source>Save the results</source>
        <translation>Guardar los resultados</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (*.csv)</source>
        <translation>CSV para una hoja de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>Líneas JSON (*.jsonl)</translation>
    </message>
    <message>
        <source>%1 could not be replaced</source>
        <translation>No se pudo sustituir %1</translation>
    </message>
</context>
<context>
    <name>BatchListPage</name>
    <message>
        <source>Check a list of addresses</source>
        <translation>Comprobar una lista de direcciones</translation>
    </message>
    <message>
        <source>Each address&apos;s mail server is asked whether it would take mail for it. The check stops there: nothing is ever sent.</source>
        <translation>Se pregunta al servidor de correo de cada dirección si aceptaría correo para ella. La comprobación se detiene ahí: nunca se envía nada.</translation>
    </message>
    <message>
        <source>&amp;Addresses, one per line (lines starting with # are skipped):</source>
        <translation>&amp;Direcciones, una por línea (se omiten las líneas que empiezan por #):</translation>
    </message>
    <message>
        <source>someone@example.com
someone.else@example.org</source>
        <translation>someone@example.com
someone.else@example.org</translation>
    </message>
    <message>
        <source>Addresses, one per line</source>
        <translation>Direcciones, una por línea</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>&amp;Abrir un archivo…</translation>
    </message>
    <message>
        <source>Reads the addresses from a .txt or .csv file: one address per line, as in the box.</source>
        <translation>Lee las direcciones de un archivo .txt o .csv: una dirección por línea, como en el cuadro.</translation>
    </message>
    <message>
        <source>&amp;Sender (MAIL FROM):</source>
        <translation>&amp;Remitente (MAIL FROM):</translation>
    </message>
    <message>
        <source>check@your-domain.com, or &lt;&gt; for none</source>
        <translation>check@your-domain.com, o &lt;&gt; para ninguno</translation>
    </message>
    <message>
        <source>The sender every server is told about. Use an address of your own domain: some servers refuse unknown senders, and then say nothing about the addresses.</source>
        <translation>El remitente que se indica a cada servidor. Use una dirección de su propio dominio: algunos servidores rechazan remitentes desconocidos y entonces no dicen nada de las direcciones.</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>A “yes” is not proof that a mailbox is read: some servers accept every address and bounce later. A temporary answer is worth asking again later.</source>
        <translation>Un “sí” no demuestra que alguien lea el buzón: algunos servidores aceptan todas las direcciones y rebotan después. Ante una respuesta temporal, conviene volver a preguntar más tarde.</translation>
    </message>
    <message>
        <source>Type the sender, e.g. an address of your own domain.</source>
        <translation>Escriba el remitente, p. ej. una dirección de su propio dominio.</translation>
    </message>
    <message>
        <source>No address yet.</source>
        <translation>Aún no hay ninguna dirección.</translation>
    </message>
    <message>
        <source>%1 in %2.</source>
        <translation>%1 en %2.</translation>
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
        <source>%n repeated line(s) will be checked once.</source>
        <translation>
            <numerusform>%n línea repetida se comprobará una sola vez.</numerusform>
            <numerusform>%n líneas repetidas se comprobarán una sola vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) are not addresses; each is listed in the results as an error:</source>
        <translation>
            <numerusform>%n línea no es una dirección; figura en los resultados como error:</numerusform>
            <numerusform>%n líneas no son direcciones; cada una figura en los resultados como error:</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2 (%3)</source>
        <translation>Línea %1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a list of addresses</source>
        <translation>Abrir una lista de direcciones</translation>
    </message>
    <message>
        <source>Lists of addresses (*.txt *.csv)</source>
        <translation>Listas de direcciones (*.txt *.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
</context>
<context>
    <name>BatchResultsPage</name>
    <message>
        <source>Checking the addresses</source>
        <translation>Comprobando las direcciones</translation>
    </message>
    <message>
        <source>Each mail server is asked up to RCPT TO and no further: nothing is sent.</source>
        <translation>Se pregunta a cada servidor de correo hasta RCPT TO y no más: no se envía nada.</translation>
    </message>
    <message>
        <source>Addresses checked</source>
        <translation>Direcciones comprobadas</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>Stops asking; the addresses answered so far stay in the table.</source>
        <translation>Deja de preguntar; las direcciones respondidas hasta ahora se quedan en la tabla.</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>part of an address, a server or the server&apos;s words</source>
        <translation>parte de una dirección, un servidor o las palabras del servidor</translation>
    </message>
    <message>
        <source>Find in the results</source>
        <translation>Buscar en los resultados</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Show the outcome</source>
        <translation>Mostrar el resultado</translation>
    </message>
    <message>
        <source>Sa&amp;ve results…</source>
        <translation>&amp;Guardar resultados…</translation>
    </message>
    <message>
        <source>Writes every row, as CSV for a spreadsheet or as JSON lines, whatever the filter shows.</source>
        <translation>Escribe todas las filas, como CSV para una hoja de cálculo o como líneas JSON, muestre lo que muestre el filtro.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <source>Looking up the mail servers…</source>
        <translation>Consultando los servidores de correo…</translation>
    </message>
    <message>
        <source>Checking %1 in %2…</source>
        <translation>Comprobando %1 en %2…</translation>
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
        <source>Stopped: %n address(es) were not asked. The rows so far can be saved.</source>
        <translation>
            <numerusform>Detenido: no se preguntó por %n dirección. Las filas obtenidas hasta ahora se pueden guardar.</numerusform>
            <numerusform>Detenido: no se preguntó por %n direcciones. Las filas obtenidas hasta ahora se pueden guardar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done. Sort by a column&apos;s heading, filter with the box, or save the rows.</source>
        <translation>Terminado. Ordene por el encabezado de una columna, filtre con el cuadro o guarde las filas.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1.</source>
        <translation>
            <numerusform>%n fila guardada en %1.</numerusform>
            <numerusform>%n filas guardadas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The results were not saved: %1</source>
        <translation>No se guardaron los resultados: %1</translation>
    </message>
    <message>
        <source>%1 of %2 checked: %3 accepted, %4 refused, %5 temporary, %6</source>
        <translation>%1 de %2 comprobadas: %3 aceptadas, %4 rechazadas, %5 temporales, %6</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message>
        <source>, in %1 s</source>
        <translation>, en %1 s</translation>
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
    <name>BatchRowModel</name>
    <message>
        <source>the server takes mail for this address</source>
        <translation>el servidor acepta correo para esta dirección</translation>
    </message>
    <message>
        <source>this line is not an e-mail address</source>
        <translation>esta línea no es una dirección de correo electrónico</translation>
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
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Server&apos;s reply</source>
        <translation>Respuesta del servidor</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Servidor de correo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
</context>
<context>
    <name>CertificateView</name>
    <message>
        <source>Certificate chain</source>
        <translation>Cadena de certificados</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>The certificate was verified for %1.</source>
        <translation>El certificado se verificó para %1.</translation>
    </message>
    <message>
        <source>The certificate could not be verified for %1.</source>
        <translation>No se pudo verificar el certificado para %1.</translation>
    </message>
    <message>
        <source>%1, %2 (%3 bits). %4</source>
        <translation>%1, %2 (%3 bits). %4</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Certificado del servidor</translation>
    </message>
    <message>
        <source>Issuer %1</source>
        <translation>Emisor %1</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emitido por</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Huella SHA-256</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Autofirmado</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>CloseQuestion</name>
    <message>
        <source>Close SMTP Wizard</source>
        <translation>Cerrar SMTP Wizard</translation>
    </message>
    <message>
        <source>This test is kept in History, but it was not saved as a report or copied for a ticket.</source>
        <translation>Esta prueba se conserva en el historial, pero no se guardó como informe ni se copió para un ticket.</translation>
    </message>
    <message>
        <source>Close anyway?</source>
        <translation>¿Cerrar de todos modos?</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Guardar informe…</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>&amp;Cerrar sin guardar</translation>
    </message>
    <message>
        <source>What you pasted and its explanation are kept nowhere: they were not saved or copied for a ticket.</source>
        <translation>Lo que pegó y su explicación no se guardan en ningún sitio: no se guardaron ni se copiaron para un ticket.</translation>
    </message>
    <message>
        <source>&amp;Save explanation…</source>
        <translation>&amp;Guardar la explicación…</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>What changed between two tests</source>
        <translation>Qué cambió entre dos pruebas</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Antes: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Después: %1</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspecto</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>No differences: both tests went the same way.</source>
        <translation>Sin diferencias: las dos pruebas fueron igual.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Mail servers</source>
        <translation>Servidores de correo</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Server replies</source>
        <translation>Respuestas del servidor</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>How to connect. The defaults fit what you chose on the first page.</source>
        <translation>Cómo conectarse. Los valores predeterminados se ajustan a lo que eligió en la primera página.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>25: server to server. 587: mail programs, with STARTTLS. 465: mail programs, encrypted from the start.</source>
        <translation>25: entre servidores. 587: programas de correo, con STARTTLS. 465: programas de correo, cifrado desde el principio.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Seguridad:</translation>
    </message>
    <message>
        <source>STARTTLS switches a plain connection to encryption; TLS encrypts from the first byte. &quot;Required&quot; stops when encryption or the certificate fails.</source>
        <translation>STARTTLS pasa una conexión sin cifrar a cifrada; TLS cifra desde el primer byte. &quot;Obligatorio&quot; se detiene si falla el cifrado o el certificado.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>None (plain text)</source>
        <translation>Ninguna (texto sin cifrar)</translation>
    </message>
    <message>
        <source>STARTTLS when offered</source>
        <translation>STARTTLS si se ofrece</translation>
    </message>
    <message>
        <source>STARTTLS required</source>
        <translation>STARTTLS obligatorio</translation>
    </message>
    <message>
        <source>TLS from the start (implicit)</source>
        <translation>TLS desde el principio (implícito)</translation>
    </message>
    <message>
        <source>&amp;EHLO name:</source>
        <translation>Nombre &amp;EHLO:</translation>
    </message>
    <message>
        <source>The name this computer gives in its greeting (EHLO). Receiving servers may check that it is a real, resolvable name.</source>
        <translation>El nombre que este equipo indica en su saludo (EHLO). Los servidores receptores pueden comprobar que es un nombre real y resoluble.</translation>
    </message>
    <message>
        <source>EHLO name</source>
        <translation>Nombre EHLO</translation>
    </message>
    <message>
        <source>&amp;Waiting times:</source>
        <translation>&amp;Tiempos de espera:</translation>
    </message>
    <message>
        <source>How long to wait for each step. RFC 5321 values are what patient mail servers wait (minutes).</source>
        <translation>Cuánto esperar en cada paso. Los valores del RFC 5321 son lo que esperan los servidores de correo pacientes (minutos).</translation>
    </message>
    <message>
        <source>Waiting times</source>
        <translation>Tiempos de espera</translation>
    </message>
    <message>
        <source>Short (help desk: up to 30 seconds per step)</source>
        <translation>Breve (soporte técnico: hasta 30 segundos por paso)</translation>
    </message>
    <message>
        <source>Patient (RFC 5321: up to 10 minutes per step)</source>
        <translation>Paciente (RFC 5321: hasta 10 minutos por paso)</translation>
    </message>
    <message>
        <source>&amp;Internet protocol:</source>
        <translation>Protocolo de &amp;Internet:</translation>
    </message>
    <message>
        <source>Limit the test to IPv4 or IPv6 addresses, e.g. to check that both work.</source>
        <translation>Limitar la prueba a direcciones IPv4 o IPv6, p. ej. para comprobar que ambas funcionan.</translation>
    </message>
    <message>
        <source>Internet protocol</source>
        <translation>Protocolo de Internet</translation>
    </message>
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
    <message>
        <source>Extra trusted &amp;CA:</source>
        <translation>&amp;CA de confianza adicional:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>A PEM file with a certificate authority to trust besides the system&apos;s, e.g. your company&apos;s own CA.</source>
        <translation>Un archivo PEM con una autoridad de certificación en la que confiar además de las del sistema, p. ej. la CA propia de su empresa.</translation>
    </message>
    <message>
        <source>Extra trusted certificate authority file</source>
        <translation>Archivo de autoridad de certificación de confianza adicional</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Elegir &amp;archivo…</translation>
    </message>
    <message>
        <source>C&amp;ontinue despite certificate problems (record them)</source>
        <translation>C&amp;ontinuar a pesar de los problemas de certificado (registrarlos)</translation>
    </message>
    <message>
        <source>Goes on when the server&apos;s certificate cannot be verified, so the rest of the test still runs; the problem is reported.</source>
        <translation>Continúa cuando no se puede verificar el certificado del servidor, para que el resto de la prueba se ejecute; el problema se indica en el informe.</translation>
    </message>
    <message>
        <source>STARTTLS starts plain and switches to encryption when the server offers it; TLS (port 465) is encrypted from the first byte.</source>
        <translation>STARTTLS empieza sin cifrar y pasa a cifrado cuando el servidor lo ofrece; TLS (puerto 465) está cifrado desde el primer byte.</translation>
    </message>
    <message>
        <source>EHLO is how this computer introduces itself to the server; some servers refuse a name that does not exist in the DNS.</source>
        <translation>EHLO es como este equipo se presenta al servidor; algunos servidores rechazan un nombre que no existe en el DNS.</translation>
    </message>
    <message>
        <source>automatic: this computer&apos;s name, or its address</source>
        <translation>automático: el nombre de este equipo, o su dirección</translation>
    </message>
    <message>
        <source>The port comes from the server name on the first page.</source>
        <translation>El puerto viene del nombre del servidor indicado en la primera página.</translation>
    </message>
    <message>
        <source>Trust an extra certificate authority</source>
        <translation>Confiar en una autoridad de certificación adicional</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ConsoleSignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>&amp;Método de inicio de sesión:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>The password is sent in the AUTH exchange and shown as ******** in the transcript; it is never kept.</source>
        <translation>La contraseña se envía en el intercambio AUTH y aparece como ******** en la transcripción; nunca se guarda.</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Token de acceso:</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>S&amp;TARTTLS</source>
        <translation>S&amp;TARTTLS</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Send a test &amp;message</source>
        <translation>Enviar un &amp;mensaje de prueba</translation>
    </message>
    <message>
        <source>Type the commands yourself – %1</source>
        <translation>Escribir usted mismo los comandos – %1</translation>
    </message>
    <message>
        <source>SMTP command</source>
        <translation>Comando SMTP</translation>
    </message>
    <message>
        <source>an SMTP command, e.g. EHLO my-pc.example.com; Up and Down recall earlier ones</source>
        <translation>un comando SMTP, p. ej. EHLO my-pc.example.com; las flechas arriba y abajo recuperan los anteriores</translation>
    </message>
    <message>
        <source>Sends STARTTLS and, on 220, switches this connection to TLS; the certificate check is shown</source>
        <translation>Envía STARTTLS y, si recibe 220, pasa esta conexión a TLS; se muestra la verificación del certificado</translation>
    </message>
    <message>
        <source>Signs in with AUTH PLAIN, LOGIN or XOAUTH2, worked out for you; the secret never appears</source>
        <translation>Inicia sesión con AUTH PLAIN, LOGIN o XOAUTH2, preparado automáticamente; la contraseña o el token nunca aparecen</translation>
    </message>
    <message>
        <source>Sends DATA, then a short test message with dot-stuffing, then the final dot</source>
        <translation>Envía DATA, luego un breve mensaje de prueba (puntos iniciales duplicados) y después el punto final</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nada seleccionado</translation>
    </message>
    <message>
        <source>Each reply is explained here as it arrives; select a line to read it again.</source>
        <translation>Cada respuesta se explica aquí en cuanto llega; seleccione una línea para volver a leer su explicación.</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Comando:</translation>
    </message>
    <message>
        <source>Encrypted, and the certificate was verified.</source>
        <translation>Cifrado, y el certificado se verificó.</translation>
    </message>
    <message>
        <source>Encrypted, but the certificate did not verify: %1</source>
        <translation>Cifrado, pero el certificado no superó la verificación: %1</translation>
    </message>
    <message>
        <source>Use “Send a test message” here; /data FILE is for smtp-wizard-cli --interactive.</source>
        <translation>Use aquí &quot;Enviar un mensaje de prueba&quot;; /data FILE es para smtp-wizard-cli --interactive.</translation>
    </message>
    <message>
        <source>Looking up the mail server…</source>
        <translation>Consultando el servidor de correo…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected. Type a command and press Enter; each reply is explained on the right.</source>
        <translation>Conectado. Escriba un comando y pulse Intro; cada respuesta se explica a la derecha.</translation>
    </message>
    <message>
        <source>Waiting for the server’s reply…</source>
        <translation>Esperando la respuesta del servidor…</translation>
    </message>
    <message>
        <source>Message: each line you enter is part of the message; a line with only a dot ends it.</source>
        <translation>Mensaje: cada línea que escriba forma parte del mensaje; una línea con solo un punto lo termina.</translation>
    </message>
    <message>
        <source>The session has ended. Close this window, or read the transcript.</source>
        <translation>La sesión ha terminado. Cierre esta ventana o lea la transcripción.</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>What would you like to test?</source>
        <translation>¿Qué desea probar?</translation>
    </message>
    <message>
        <source>Choose how mail should travel, then say where to.</source>
        <translation>Elija cómo debe viajar el correo y después indique adónde.</translation>
    </message>
    <message>
        <source>&amp;Delivery to a domain, as another mail server would (port 25)</source>
        <translation>&amp;Entrega a un dominio, como lo haría otro servidor de correo (puerto 25)</translation>
    </message>
    <message>
        <source>Looks up the domain&apos;s mail servers (MX records) and talks to them like a sending mail server.</source>
        <translation>Consulta los servidores de correo del dominio (registros MX) y habla con ellos como un servidor de correo remitente.</translation>
    </message>
    <message>
        <source>Use this when mail &lt;i&gt;to&lt;/i&gt; a domain bounces: SMTP Wizard finds the domain&apos;s mail servers (its MX records) and talks to them as a sending mail server would.</source>
        <translation>Use esta opción cuando rebota el correo &lt;i&gt;dirigido a&lt;/i&gt; un dominio: SMTP Wizard busca los servidores de correo del dominio (sus registros MX) y habla con ellos como lo haría un servidor de correo remitente.</translation>
    </message>
    <message>
        <source>&amp;Sending through our own mail server (submission with sign-in, port 587 or 465)</source>
        <translation>Envío a través de nuestro p&amp;ropio servidor de correo (con inicio de sesión, puerto 587 o 465)</translation>
    </message>
    <message>
        <source>Connects to the server your mail program uses and signs in, as Outlook or Thunderbird would.</source>
        <translation>Se conecta al servidor que usa su programa de correo e inicia sesión, como lo harían Outlook o Thunderbird.</translation>
    </message>
    <message>
        <source>Use this when a mail program cannot &lt;i&gt;send&lt;/i&gt;: SMTP Wizard connects to your outgoing server and signs in, as Outlook or Thunderbird would.</source>
        <translation>Use esta opción cuando un programa de correo no puede &lt;i&gt;enviar&lt;/i&gt;: SMTP Wizard se conecta a su servidor de salida e inicia sesión, como lo harían Outlook o Thunderbird.</translation>
    </message>
    <message>
        <source>E&amp;xplain an error message or a bounce</source>
        <translation>E&amp;xplicar un mensaje de error o un rebote</translation>
    </message>
    <message>
        <source>Paste a server reply or an undeliverable-mail report, or open a saved .eml file.</source>
        <translation>Pegue una respuesta de servidor o un informe de correo no entregado, o abra un archivo .eml guardado.</translation>
    </message>
    <message>
        <source>Use this when you already have an error message or an undeliverable-mail report: paste it, or open a saved .eml file.</source>
        <translation>Use esta opción cuando ya tenga un mensaje de error o un informe de correo no entregado: péguelo, o abra un archivo .eml guardado.</translation>
    </message>
    <message>
        <source>Check a &amp;list of addresses (nothing is sent)</source>
        <translation>Comprobar una &amp;lista de direcciones (no se envía nada)</translation>
    </message>
    <message>
        <source>Asks each address&apos;s mail server whether it would take mail for the address, and stops before any message is sent.</source>
        <translation>Pregunta al servidor de correo de cada dirección si aceptaría correo para ella, y se detiene antes de enviar ningún mensaje.</translation>
    </message>
    <message>
        <source>Use this to find out which addresses of a list (from a CRM, a newsletter, a spreadsheet) still exist: paste them or open a .txt or .csv file.</source>
        <translation>Use esta opción para averiguar qué direcciones de una lista (de un CRM, un boletín, una hoja de cálculo) siguen existiendo: péguelas o abra un archivo .txt o .csv.</translation>
    </message>
    <message>
        <source>Domain or e-mail &amp;address:</source>
        <translation>Dominio o &amp;dirección de correo:</translation>
    </message>
    <message>
        <source>example.com or someone@example.com</source>
        <translation>example.com o someone@example.com</translation>
    </message>
    <message>
        <source>The domain whose mail servers should accept the message; an e-mail address uses its domain.</source>
        <translation>El dominio cuyos servidores de correo deben aceptar el mensaje; de una dirección de correo se usa su dominio.</translation>
    </message>
    <message>
        <source>Domain or e-mail address</source>
        <translation>Dominio o dirección de correo</translation>
    </message>
    <message>
        <source>Mail se&amp;rver:</source>
        <translation>Servidor de c&amp;orreo:</translation>
    </message>
    <message>
        <source>smtp.example.com or smtp.example.com:587</source>
        <translation>smtp.example.com o smtp.example.com:587</translation>
    </message>
    <message>
        <source>The outgoing (SMTP) server from your mail program&apos;s settings; add :port to use another port.</source>
        <translation>El servidor de salida (SMTP) de la configuración de su programa de correo; añada :puerto para usar otro puerto.</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Servidor de correo</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>5&amp;87 with STARTTLS</source>
        <translation>5&amp;87 con STARTTLS</translation>
    </message>
    <message>
        <source>Port 587: the connection starts plain and switches to encryption (STARTTLS).</source>
        <translation>Puerto 587: la conexión empieza sin cifrar y pasa a cifrado (STARTTLS).</translation>
    </message>
    <message>
        <source>&amp;465 with TLS</source>
        <translation>&amp;465 con TLS</translation>
    </message>
    <message>
        <source>Port 465: encrypted from the first byte (implicit TLS).</source>
        <translation>Puerto 465: cifrado desde el primer byte (TLS implícito).</translation>
    </message>
    <message>
        <source>Check whether this server is an &amp;open relay (instead of a delivery)</source>
        <translation>Comprobar si este servidor es un relay a&amp;bierto (en lugar de una entrega)</translation>
    </message>
    <message>
        <source>Tries to hand the server mail from and to addresses outside its domains, without signing in, and stops before any message is sent.</source>
        <translation>Intenta entregar al servidor correo de y para direcciones ajenas a sus dominios, sin iniciar sesión, y se detiene antes de enviar ningún mensaje.</translation>
    </message>
    <message>
        <source>Check whether this server is an open relay</source>
        <translation>Comprobar si este servidor es un relay abierto</translation>
    </message>
    <message>
        <source>An open relay passes on mail for other domains from anyone, which spammers abuse within hours. The check names outside addresses (example.com, example.net) in several forms, never sends a message, and needs no sender or recipient.</source>
        <translation>Un relay abierto retransmite correo para otros dominios de cualquiera, algo de lo que los spammers abusan en cuestión de horas. La comprobación usa direcciones externas (example.com, example.net) en varias formas, nunca envía un mensaje y no necesita remitente ni destinatario.</translation>
    </message>
    <message>
        <source>H&amp;istory…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>The tests run before: reopen one, save its report or compare two.</source>
        <translation>Las pruebas ejecutadas antes: vuelva a abrir una, guarde su informe o compare dos.</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>Per&amp;files…</translation>
    </message>
    <message>
        <source>Save these settings under a name, or start from settings saved before. Passwords are never saved.</source>
        <translation>Guarde esta configuración con un nombre, o empiece a partir de una configuración guardada antes. Las contraseñas nunca se guardan.</translation>
    </message>
    <message>
        <source>Type the domain (contoso.com) or the address that gets the bounces.</source>
        <translation>Escriba el dominio (contoso.com) o la dirección que recibe los rebotes.</translation>
    </message>
    <message>
        <source>Type your mail server&apos;s name, e.g. smtp.contoso.com, or smtp.contoso.com:2525.</source>
        <translation>Escriba el nombre de su servidor de correo, p. ej. smtp.contoso.com, o smtp.contoso.com:2525.</translation>
    </message>
    <message>
        <source>Port %1, starts plain, then S&amp;TARTTLS</source>
        <translation>Puerto %1, empieza sin cifrar y luego S&amp;TARTTLS</translation>
    </message>
    <message>
        <source>Port %1, encrypted from the start (T&amp;LS)</source>
        <translation>Puerto %1, cifrado desde el principio (T&amp;LS)</translation>
    </message>
</context>
<context>
    <name>ExplainPage</name>
    <message>
        <source>Explain an error message</source>
        <translation>Explicar un mensaje de error</translation>
    </message>
    <message>
        <source>Paste a server&apos;s reply or a whole undeliverable-mail report, or open a saved message (.eml).</source>
        <translation>Pegue la respuesta de un servidor o un informe completo de correo no entregado, o abra un mensaje guardado (.eml).</translation>
    </message>
    <message>
        <source>e.g. 550 5.1.1 &lt;someone@example.com&gt;: Recipient address rejected: User unknown</source>
        <translation>p. ej. 550 5.1.1 &lt;someone@example.com&gt;: Recipient address rejected: User unknown</translation>
    </message>
    <message>
        <source>Error message to explain</source>
        <translation>Mensaje de error que se va a explicar</translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation>E&amp;xplicar</translation>
    </message>
    <message>
        <source>&amp;Open .eml file…</source>
        <translation>&amp;Abrir archivo .eml…</translation>
    </message>
    <message>
        <source>&amp;Copy for a ticket</source>
        <translation>&amp;Copiar para un ticket</translation>
    </message>
    <message>
        <source>Puts what was found, its explanation and the pasted text on the clipboard, as text and as formatted HTML.</source>
        <translation>Copia al portapapeles lo encontrado, su explicación y el texto pegado, como texto y como HTML con formato.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Saves the explanation as a web page (.html) or as text (.txt).</source>
        <translation>Guarda la explicación como página web (.html) o como texto (.txt).</translation>
    </message>
    <message>
        <source>What was found in the text</source>
        <translation>Qué se encontró en el texto</translation>
    </message>
    <message>
        <source>Nothing explained yet</source>
        <translation>Aún no hay nada explicado</translation>
    </message>
    <message>
        <source>Paste a server&apos;s reply or a whole bounce above, or open a saved message, then press Explain: what it means and what to do next appear here.</source>
        <translation>Pegue arriba la respuesta de un servidor o un rebote completo, o abra un mensaje guardado, y pulse Explicar: aquí aparecerá qué significa y qué hacer a continuación.</translation>
    </message>
    <message>
        <source>Open a message</source>
        <translation>Abrir un mensaje</translation>
    </message>
    <message>
        <source>Messages (*.eml *.txt);;All files (*)</source>
        <translation>Mensajes (*.eml *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The explanation is on the clipboard, as text and as formatted HTML.</source>
        <translation>La explicación está en el portapapeles, como texto y como HTML con formato.</translation>
    </message>
    <message>
        <source>Save the explanation</source>
        <translation>Guardar la explicación</translation>
    </message>
    <message>
        <source>Web page (*.html *.htm);;Text (*.txt)</source>
        <translation>Página web (*.html *.htm);;Texto (*.txt)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing in this text could be recognised as a mail server&apos;s reply.</source>
        <translation>No se reconoció nada en este texto como respuesta de un servidor de correo.</translation>
    </message>
</context>
<context>
    <name>ExplanationPanel</name>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>No reply yet</source>
        <translation>Aún no hay respuesta</translation>
    </message>
    <message>
        <source>Select a line of the transcript to see what it means.</source>
        <translation>Seleccione una línea de la transcripción para ver qué significa.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Based on: %1</source>
        <translation>Basado en: %1</translation>
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
</context>
<context>
    <name>HealthView</name>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Domain health checks</source>
        <translation>Comprobaciones de salud del dominio</translation>
    </message>
    <message>
        <source>What the selected check found</source>
        <translation>Qué encontró la comprobación seleccionada</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>SMTP Wizard Help</source>
        <translation>Ayuda de SMTP Wizard</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation>Atrás (%1)</translation>
    </message>
    <message>
        <source>Forward (%1)</source>
        <translation>Adelante (%1)</translation>
    </message>
    <message>
        <source>The start of the guide, with the list of its sections</source>
        <translation>El inicio de la guía, con la lista de sus secciones</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Buscar en la guía</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>Version, licence and the language SMTP Wizard starts in</source>
        <translation>Versión, licencia e idioma en el que se inicia SMTP Wizard</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparar</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Guardar informe…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>History of tests</source>
        <translation>Historial de pruebas</translation>
    </message>
    <message>
        <source>Earlier tests</source>
        <translation>Pruebas anteriores</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Shows the test again as it ended: the conversation and the summary.</source>
        <translation>Vuelve a mostrar la prueba tal como terminó: la conversación y el resumen.</translation>
    </message>
    <message>
        <source>Select two tests to see what changed between them.</source>
        <translation>Seleccione dos pruebas para ver qué cambió entre ellas.</translation>
    </message>
    <message>
        <source>Saves the selected test as text, HTML, PDF or JSON. Passwords are never included.</source>
        <translation>Guarda la prueba seleccionada como texto, HTML, PDF o JSON. Nunca se incluyen contraseñas.</translation>
    </message>
    <message>
        <source>&amp;Keep the last</source>
        <translation>&amp;Conservar las últimas</translation>
    </message>
    <message>
        <source>How many tests to keep</source>
        <translation>Cuántas pruebas conservar</translation>
    </message>
    <message>
        <source>How many finished tests the history keeps; the oldest are removed first. 0 keeps none: the history is off.</source>
        <translation>Cuántas pruebas terminadas conserva el historial; las más antiguas se eliminan primero. 0 no conserva ninguna: el historial está desactivado.</translation>
    </message>
    <message>
        <source>tests</source>
        <translation>pruebas</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No tests yet: every test you run is kept here.</source>
        <translation>Aún no hay pruebas: aquí se conserva cada prueba que ejecute.</translation>
    </message>
    <message>
        <source>The history is off: no test is kept. Set below how many to keep.</source>
        <translation>El historial está desactivado: no se conserva ninguna prueba. Indique abajo cuántas conservar.</translation>
    </message>
    <message>
        <source>This test cannot be opened: %1</source>
        <translation>No se puede abrir esta prueba: %1</translation>
    </message>
    <message>
        <source>These tests cannot be compared: %1</source>
        <translation>No se pueden comparar estas pruebas: %1</translation>
    </message>
    <message>
        <source>This test cannot be saved: %1</source>
        <translation>No se puede guardar esta prueba: %1</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>El informe se guardó como %1.</translation>
    </message>
    <message>
        <source>Delete tests</source>
        <translation>Eliminar pruebas</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected test(s) from the history?</source>
        <translation>
            <numerusform>¿Eliminar del historial %n prueba seleccionada?</numerusform>
            <numerusform>¿Eliminar del historial las %n pruebas seleccionadas?</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved reports are not affected.</source>
        <translation>Los informes guardados no se ven afectados.</translation>
    </message>
    <message>
        <source>A test could not be deleted: %1</source>
        <translation>No se pudo eliminar una prueba: %1</translation>
    </message>
</context>
<context>
    <name>MailServersPage</name>
    <message>
        <source>Mail servers</source>
        <translation>Servidores de correo</translation>
    </message>
    <message>
        <source>The servers that receive mail for the destination: its MX records in the DNS, tried in order of preference (the lowest number first).</source>
        <translation>Los servidores que reciben el correo del destino: sus registros MX en el DNS, probados por orden de preferencia (primero el número más bajo).</translation>
    </message>
    <message>
        <source>Looking up</source>
        <translation>Consultando</translation>
    </message>
    <message>
        <source>&amp;Cancel lookup</source>
        <translation>&amp;Cancelar consulta</translation>
    </message>
    <message>
        <source>&amp;Look up again</source>
        <translation>&amp;Volver a consultar</translation>
    </message>
    <message>
        <source>Mail servers found</source>
        <translation>Servidores de correo encontrados</translation>
    </message>
    <message>
        <source>Preference: lower numbers are tried first. Reverse DNS: the name the address points back to, which receiving servers often check.</source>
        <translation>Preferencia: los números más bajos se prueban primero. DNS inverso: el nombre al que apunta de vuelta la dirección, que los servidores receptores suelen comprobar.</translation>
    </message>
    <message>
        <source>Domain health</source>
        <translation>Salud del dominio</translation>
    </message>
    <message>
        <source>Are the domain&apos;s records set up so that others accept its mail and send to it securely? SPF, DMARC, MTA-STS, TLS-RPT, DANE and reverse DNS.</source>
        <translation>¿Están configurados los registros del dominio para que otros acepten su correo y le envíen de forma segura? SPF, DMARC, MTA-STS, TLS-RPT, DANE y DNS inverso.</translation>
    </message>
    <message>
        <source>C&amp;heck the domain&apos;s records</source>
        <translation>Compro&amp;bar los registros del dominio</translation>
    </message>
    <message>
        <source>Looks up the domain&apos;s SPF, DMARC, MTA-STS (and fetches its policy over HTTPS), TLS-RPT and TLSA records and the reverse DNS of each mail server, and explains what they mean. Sends no mail.</source>
        <translation>Consulta los registros SPF, DMARC, MTA-STS (y descarga su política por HTTPS), TLS-RPT y TLSA del dominio y el DNS inverso de cada servidor de correo, y explica qué significan. No envía correo.</translation>
    </message>
    <message>
        <source>Which servers to try</source>
        <translation>Qué servidores probar</translation>
    </message>
    <message>
        <source>The &amp;first that answers, as mail servers do</source>
        <translation>El &amp;primero que responda, como hacen los servidores de correo</translation>
    </message>
    <message>
        <source>Tries the next server when one cannot be reached or answers with a temporary error (RFC 5321 section 5).</source>
        <translation>Prueba el siguiente servidor cuando uno no es accesible o responde con un error temporal (RFC 5321, sección 5).</translation>
    </message>
    <message>
        <source>&amp;Every server, to compare them</source>
        <translation>&amp;Todos los servidores, para compararlos</translation>
    </message>
    <message>
        <source>Ad&amp;vanced: ask another DNS server</source>
        <translation>Avan&amp;zado: preguntar a otro servidor DNS</translation>
    </message>
    <message>
        <source>&amp;DNS server:</source>
        <translation>Servidor &amp;DNS:</translation>
    </message>
    <message>
        <source>this computer&apos;s resolver</source>
        <translation>el resolvedor de este equipo</translation>
    </message>
    <message>
        <source>Ask this DNS server (an IP address) instead of the one this computer uses, e.g. to see what the outside world sees.</source>
        <translation>Preguntar a este servidor DNS (una dirección IP) en lugar del que usa este equipo, p. ej. para ver lo que ve el mundo exterior.</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>Servidor DNS</translation>
    </message>
    <message>
        <source>Look &amp;up with this server</source>
        <translation>Cons&amp;ultar con este servidor</translation>
    </message>
    <message>
        <source>Looking up the mail servers of %1… %2 s so far; Cancel stops it.</source>
        <translation>Consultando los servidores de correo de %1… %2 s hasta ahora; Cancelar lo detiene.</translation>
    </message>
    <message>
        <source>Your mail server</source>
        <translation>Su servidor de correo</translation>
    </message>
    <message>
        <source>The addresses of your outgoing server, as the DNS gives them.</source>
        <translation>Las direcciones de su servidor de salida, tal como las da el DNS.</translation>
    </message>
    <message>
        <source>Looking up the mail servers of %1…</source>
        <translation>Consultando los servidores de correo de %1…</translation>
    </message>
    <message>
        <source>The lookup was cancelled.</source>
        <translation>Se canceló la consulta.</translation>
    </message>
    <message>
        <source>Nothing was looked up.</source>
        <translation>No se consultó nada.</translation>
    </message>
    <message>
        <source>Mail servers of %1, as the DNS answered in %2:</source>
        <translation>Servidores de correo de %1, según respondió el DNS en %2:</translation>
    </message>
    <message>
        <source>Addresses of %1.</source>
        <translation>Direcciones de %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has no MX records, so mail goes to the domain&apos;s own address (an &quot;implicit MX&quot;). This works, but most domains publish MX records.</source>
        <translation>%1 no tiene registros MX, así que el correo va a la dirección del propio dominio (un &quot;MX implícito&quot;). Funciona, pero la mayoría de los dominios publican registros MX.</translation>
    </message>
    <message>
        <source>No mail server was found.</source>
        <translation>No se encontró ningún servidor de correo.</translation>
    </message>
    <message>
        <source>Checking the records of %1…</source>
        <translation>Comprobando los registros de %1…</translation>
    </message>
    <message>
        <source>The records of %1, as the DNS answered in %2. Select a line for what it means; the greeting names are compared when the test runs, in the report.</source>
        <translation>Los registros de %1, según respondió el DNS en %2. Seleccione una línea para ver qué significa; los nombres del saludo se comparan al ejecutar la prueba, en el informe.</translation>
    </message>
    <message>
        <source>Runs the same test against every server listed, several side by side, each with its own time limits.</source>
        <translation>Ejecuta la misma prueba en cada servidor de la lista, varios en paralelo, cada uno con sus propios límites de tiempo.</translation>
    </message>
    <message>
        <source>&amp;Servers at once:</source>
        <translation>&amp;Servidores a la vez:</translation>
    </message>
    <message>
        <source>How many servers are tested side by side when every server is tested. Each keeps its own time limits; 1 tests them one after another.</source>
        <translation>Cuántos servidores se prueban en paralelo cuando se prueban todos. Cada uno mantiene sus propios límites de tiempo; 1 los prueba uno tras otro.</translation>
    </message>
    <message>
        <source>Servers tested at once</source>
        <translation>Servidores probados a la vez</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Who sends the test message, who receives it, and what it says.</source>
        <translation>Quién envía el mensaje de prueba, quién lo recibe y qué dice.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>sender@example.com, or &lt;&gt; for no sender</source>
        <translation>sender@example.com, o &lt;&gt; para ningún remitente</translation>
    </message>
    <message>
        <source>The envelope sender (MAIL FROM): where bounces go. &quot;&lt;&gt;&quot; is the null sender that bounces themselves use.</source>
        <translation>El remitente del sobre (MAIL FROM): adonde van los rebotes. &quot;&lt;&gt;&quot; es el remitente nulo que usan los propios rebotes.</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>&amp;To (one per line):</source>
        <translation>&amp;Para (uno por línea):</translation>
    </message>
    <message>
        <source>The envelope recipients (RCPT TO). Each is asked for separately, so one unknown address does not hide the others.</source>
        <translation>Los destinatarios del sobre (RCPT TO). Se pregunta por cada uno por separado, para que una dirección desconocida no oculte las demás.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Delivery reports:</source>
        <translation>Informes de entrega:</translation>
    </message>
    <message>
        <source>On &amp;success</source>
        <translation>Si se e&amp;ntrega</translation>
    </message>
    <message>
        <source>Asks the receiving side to report delivery (DSN NOTIFY=SUCCESS), if it supports DSN.</source>
        <translation>Pide al lado receptor que informe de la entrega (DSN NOTIFY=SUCCESS), si admite DSN.</translation>
    </message>
    <message>
        <source>On f&amp;ailure</source>
        <translation>Si &amp;falla</translation>
    </message>
    <message>
        <source>Asks for a report when delivery fails (NOTIFY=FAILURE).</source>
        <translation>Pide un informe cuando la entrega falla (NOTIFY=FAILURE).</translation>
    </message>
    <message>
        <source>On &amp;delay</source>
        <translation>Si se &amp;retrasa</translation>
    </message>
    <message>
        <source>Asks for a report when delivery is delayed (NOTIFY=DELAY).</source>
        <translation>Pide un informe cuando la entrega se retrasa (NOTIFY=DELAY).</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>A&amp;sunto:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Bod&amp;y:</source>
        <translation>C&amp;uerpo:</translation>
    </message>
    <message>
        <source>Message body</source>
        <translation>Cuerpo del mensaje</translation>
    </message>
    <message>
        <source>Test &amp;without sending (stop after the recipients)</source>
        <translation>Probar sin en&amp;viar (parar tras los destinatarios)</translation>
    </message>
    <message>
        <source>Asks the server whether it would accept the message for each recipient, then says goodbye (RSET, QUIT) without sending anything.</source>
        <translation>Pregunta al servidor si aceptaría el mensaje para cada destinatario y después se despide (RSET, QUIT) sin enviar nada.</translation>
    </message>
    <message>
        <source>Delivery reports (DSN, NOTIFY= after RCPT TO) ask the receiving servers to mail the sender a report when the message is delivered, fails or is delayed.</source>
        <translation>Los informes de entrega (DSN, NOTIFY= tras RCPT TO) piden a los servidores receptores que envíen al remitente un informe cuando el mensaje se entrega, falla o se retrasa.</translation>
    </message>
    <message>
        <source>Type the sender&apos;s address (MAIL FROM), or &lt;&gt; for the null sender.</source>
        <translation>Escriba la dirección del remitente (MAIL FROM), o &lt;&gt; para el remitente nulo.</translation>
    </message>
    <message>
        <source>Type at least one recipient&apos;s address, one per line.</source>
        <translation>Escriba al menos una dirección de destinatario, una por línea.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Run test</source>
        <translation>&amp;Ejecutar prueba</translation>
    </message>
    <message>
        <source>Test message from SMTP Wizard</source>
        <translation>Mensaje de prueba de SMTP Wizard</translation>
    </message>
    <message>
        <source>This is a test message sent by SMTP Wizard to check mail delivery.
You can delete it.</source>
        <translation>Este es un mensaje de prueba enviado por SMTP Wizard para comprobar la entrega de correo.
Puede eliminarlo.</translation>
    </message>
    <message>
        <source>Se&amp;nd test message</source>
        <translation>&amp;Enviar mensaje de prueba</translation>
    </message>
</context>
<context>
    <name>Model::WizardMode</name>
    <message>
        <source>Test delivery to a domain</source>
        <translation>Probar la entrega a un dominio</translation>
    </message>
    <message>
        <source>Test sending through our server</source>
        <translation>Probar el envío a través de nuestro servidor</translation>
    </message>
    <message>
        <source>Explain an error message</source>
        <translation>Explicar un mensaje de error</translation>
    </message>
    <message>
        <source>Check a list of addresses</source>
        <translation>Comprobar una lista de direcciones</translation>
    </message>
</context>
<context>
    <name>MxTable</name>
    <message>
        <source>Preference</source>
        <translation>Preferencia</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Servidor de correo</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Reverse DNS</source>
        <translation>DNS inverso</translation>
    </message>
    <message>
        <source>(not looked up)</source>
        <translation>(no consultado)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1 (does not match)</source>
        <translation>%1 (no coincide)</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(sin dirección)</translation>
    </message>
    <message>
        <source>implicit</source>
        <translation>implícito</translation>
    </message>
</context>
<context>
    <name>PracticeBed</name>
    <message>
        <source>Cannot read the test bed&apos;s settings from %1: %2</source>
        <translation>No se pueden leer los ajustes del banco de pruebas de %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a test bed&apos;s testbed.env (it names no DNS server).</source>
        <translation>%1 no es el testbed.env de un banco de pruebas (no nombra ningún servidor DNS).</translation>
    </message>
</context>
<context>
    <name>PracticeDebrief</name>
    <message>
        <source>The first mail server did not fail in this run, so no backup had to take over.</source>
        <translation>El primer servidor de correo no falló en esta prueba, así que ningún respaldo tuvo que tomar el relevo.</translation>
    </message>
    <message>
        <source>The exercise ends in &quot;%1&quot;, your run in &quot;%2&quot;.</source>
        <translation>El ejercicio termina en «%1»; su prueba, en «%2».</translation>
    </message>
    <message>
        <source>The exercise&apos;s reason is that %1; your run&apos;s is that %2.</source>
        <translation>La causa del ejercicio: %1; la de su prueba: %2.</translation>
    </message>
    <message>
        <source>The exercise&apos;s deciding reply has the code %1; your run&apos;s has %2.</source>
        <translation>La respuesta decisiva del ejercicio tiene el código %1; la de su prueba, %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>PracticeExercise</name>
    <message>
        <source>Unknown user</source>
        <translation>Usuario desconocido</translation>
    </message>
    <message>
        <source>Mail to nobody@wizard.test bounces. The customer says the colleague started last week and the address must be right.</source>
        <translation>El correo a nobody@wizard.test rebota. El cliente dice que el compañero empezó la semana pasada y que la dirección tiene que estar bien.</translation>
    </message>
    <message>
        <source>The address does not exist at the recipient&apos;s mail server: ask for the correct spelling, or have the mailbox created.</source>
        <translation>La dirección no existe en el servidor de correo del destinatario: pida la grafía correcta o que creen el buzón.</translation>
    </message>
    <message>
        <source>The server answered RCPT TO with 550 5.1.1, a permanent refusal of this one recipient. The connection, the sender and every step before were fine.</source>
        <translation>El servidor respondió a RCPT TO con 550 5.1.1, un rechazo permanente de este destinatario. La conexión, el remitente y todos los pasos anteriores estaban bien.</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Buzón lleno</translation>
    </message>
    <message>
        <source>Mail to full@wizard.test comes back. The customer says it worked last month.</source>
        <translation>El correo a full@wizard.test vuelve. El cliente dice que el mes pasado funcionaba.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full. Nothing is wrong on our side: the recipient has to make room, then the message can be sent again.</source>
        <translation>El buzón del destinatario está lleno. No hay nada mal por nuestra parte: el destinatario tiene que hacer sitio y después se puede enviar el mensaje de nuevo.</translation>
    </message>
    <message>
        <source>The server refused the recipient at RCPT TO with 552 5.2.2 (mailbox full): a problem of that one mailbox, not of the connection or the message.</source>
        <translation>El servidor rechazó al destinatario en RCPT TO con 552 5.2.2 (buzón lleno): un problema de ese buzón, no de la conexión ni del mensaje.</translation>
    </message>
    <message>
        <source>Greylisting</source>
        <translation>Greylisting</translation>
    </message>
    <message>
        <source>Mail to grey@wizard.test is &quot;delayed&quot;. The customer wants to know why it is not delivered at once.</source>
        <translation>El correo a grey@wizard.test está «retrasado». El cliente quiere saber por qué no se entrega enseguida.</translation>
    </message>
    <message>
        <source>The server greylists: it defers mail from a new sender once and accepts the retry. Nothing to fix; a real mail server retries within minutes.</source>
        <translation>El servidor hace greylisting: aplaza una vez el correo de un remitente nuevo y acepta el reintento. No hay nada que arreglar; un servidor de correo real lo reintenta en pocos minutos.</translation>
    </message>
    <message>
        <source>The reply to RCPT TO was a 4xx (450 4.7.1 Greylisted): a temporary refusal, so sending again later works.</source>
        <translation>La respuesta a RCPT TO fue un 4xx (450 4.7.1 Greylisted): un rechazo temporal, así que enviar de nuevo más tarde funciona.</translation>
    </message>
    <message>
        <source>421 at connect</source>
        <translation>421 al conectar</translation>
    </message>
    <message>
        <source>Mail to bob@sink.wizard.test stays in the queue. The customer says their server &quot;cannot get through&quot;.</source>
        <translation>El correo a bob@sink.wizard.test se queda en la cola. El cliente dice que su servidor «no consigue pasar».</translation>
    </message>
    <message>
        <source>The receiving server answers but refuses service right at the greeting: it is overloaded, in maintenance or limits connections. Wait and try again; if it lasts, contact its administrator.</source>
        <translation>El servidor de destino responde, pero rechaza el servicio ya en el saludo: está sobrecargado, en mantenimiento o limita las conexiones. Espere y vuelva a intentarlo; si persiste, contacte con su administrador.</translation>
    </message>
    <message>
        <source>The server&apos;s first line was 421 instead of 220, and it closed the connection: temporary, and before anything about the message was sent.</source>
        <translation>La primera línea del servidor fue 421 en lugar de 220, y cerró la conexión: temporal, y antes de que se enviara nada del mensaje.</translation>
    </message>
    <message>
        <source>Slow server</source>
        <translation>Servidor lento</translation>
    </message>
    <message>
        <source>Mail to bob@sink.wizard.test takes ages and then fails with a time-out.</source>
        <translation>El correo a bob@sink.wizard.test tarda una eternidad y luego falla por tiempo de espera agotado.</translation>
    </message>
    <message>
        <source>The server accepts the connection but does not greet in time: it (or a filter in front of it) is overloaded or hanging. Contact its administrator; the message is not the problem.</source>
        <translation>El servidor acepta la conexión, pero no saluda a tiempo: él (o un filtro delante) está sobrecargado o colgado. Contacte con su administrador; el mensaje no es el problema.</translation>
    </message>
    <message>
        <source>The connection was made, but no 220 greeting came before the wizard gave up: a time-out while waiting for the greeting (this exercise takes half a minute).</source>
        <translation>La conexión se estableció, pero no llegó ningún saludo 220 antes de que el asistente se rindiera: tiempo de espera agotado esperando el saludo (este ejercicio tarda medio minuto).</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificado no fiable</translation>
    </message>
    <message>
        <source>Outlook at the customer&apos;s office says the certificate of mail.wizard.test is not valid, and sending stops.</source>
        <translation>Outlook, en la oficina del cliente, dice que el certificado de mail.wizard.test no es válido, y el envío se detiene.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not issued by an authority this computer trusts (here a private CA). Install the company&apos;s CA certificate on the clients, or give the server a certificate from a public CA.</source>
        <translation>El certificado del servidor no lo emite una autoridad en la que este ordenador confíe (aquí una CA privada). Instale el certificado de la CA de la empresa en los clientes o dé al servidor un certificado de una CA pública.</translation>
    </message>
    <message>
        <source>STARTTLS was offered and started, but the certificate did not verify, so the wizard stopped before signing in: a TLS failure, not a password problem.</source>
        <translation>Se ofreció e inició STARTTLS, pero el certificado no se pudo verificar, así que el asistente se detuvo antes de iniciar sesión: un fallo de TLS, no un problema de contraseña.</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Inicio de sesión rechazado</translation>
    </message>
    <message>
        <source>alice@wizard.test cannot send through mail.wizard.test. She says her password is Winter2026! and it has always worked.</source>
        <translation>alice@wizard.test no puede enviar a través de mail.wizard.test. Dice que su contraseña es Winter2026! y que siempre ha funcionado.</translation>
    </message>
    <message>
        <source>The server refused the user name and password: the password is wrong or was changed. Have the user reset it and type it again.</source>
        <translation>El servidor rechazó el nombre de usuario y la contraseña: la contraseña es incorrecta o se cambió. Haga que la usuaria la restablezca y la escriba de nuevo.</translation>
    </message>
    <message>
        <source>The encrypted connection and the offer to sign in were fine; AUTH was answered with 535 5.7.8, the server&apos;s &quot;authentication failed&quot;.</source>
        <translation>La conexión cifrada y la oferta de inicio de sesión estaban bien; AUTH recibió 535 5.7.8, el «authentication failed» del servidor.</translation>
    </message>
    <message>
        <source>Sign-in disabled (Microsoft 365)</source>
        <translation>Inicio de sesión desactivado (Microsoft 365)</translation>
    </message>
    <message>
        <source>Since Monday the scanner cannot send through the company&apos;s Microsoft 365 server (mail.wizard.test). Its password, Winter2026!, was checked twice.</source>
        <translation>Desde el lunes el escáner no puede enviar a través del servidor Microsoft 365 de la empresa (mail.wizard.test). Su contraseña, Winter2026!, se comprobó dos veces.</translation>
    </message>
    <message>
        <source>Microsoft 365 has switched off password sign-in (basic authentication, security defaults). The password is not the problem: sign in with an OAuth 2.0 token, or have the administrator allow SMTP AUTH for the mailbox or set up a connector.</source>
        <translation>Microsoft 365 ha desactivado el inicio de sesión con contraseña (autenticación básica, valores de seguridad predeterminados). La contraseña no es el problema: inicie sesión con un token OAuth 2.0, o pida al administrador que permita SMTP AUTH para el buzón o que configure un conector.</translation>
    </message>
    <message>
        <source>AUTH was answered with 535 5.7.139 (&quot;the user is locked by your organization&apos;s security defaults policy&quot;): Microsoft&apos;s code for a blocked password sign-in, not 5.7.8 or 5.7.3 for a wrong password.</source>
        <translation>AUTH recibió 535 5.7.139 («the user is locked by your organization&apos;s security defaults policy»): el código de Microsoft para un inicio de sesión con contraseña bloqueado, no 5.7.8 ni 5.7.3 de una contraseña incorrecta.</translation>
    </message>
    <message>
        <source>Blocklisted IP address</source>
        <translation>Dirección IP en lista de bloqueo</translation>
    </message>
    <message>
        <source>Every mail to bob@sink.wizard.test bounces since yesterday, whatever is in it.</source>
        <translation>Desde ayer rebota todo correo a bob@sink.wizard.test, sea cual sea su contenido.</translation>
    </message>
    <message>
        <source>Our sending IP address is on a DNS blocklist (Spamhaus ZEN). Find out why (a hijacked account, an infected computer), fix it, then ask for delisting; the recipient&apos;s address is fine.</source>
        <translation>Nuestra dirección IP de envío está en una lista de bloqueo DNS (Spamhaus ZEN). Averigüe por qué (una cuenta secuestrada, un ordenador infectado), corríjalo y después pida la retirada; la dirección del destinatario está bien.</translation>
    </message>
    <message>
        <source>RCPT TO was refused with 554 5.7.1 naming our address and zen.spamhaus.org: the server judged the sending IP address, not the recipient or the message.</source>
        <translation>RCPT TO se rechazó con 554 5.7.1, que nombra nuestra dirección y zen.spamhaus.org: el servidor juzgó la dirección IP de envío, no al destinatario ni el mensaje.</translation>
    </message>
    <message>
        <source>Null MX</source>
        <translation>MX nulo</translation>
    </message>
    <message>
        <source>Mail to info@nullmx.wizard.test bounces at once, without any server being contacted.</source>
        <translation>El correo a info@nullmx.wizard.test rebota al instante, sin que se contacte con ningún servidor.</translation>
    </message>
    <message>
        <source>The domain declares that it accepts no mail at all (a null MX, RFC 7505). The address is wrong or no longer used: ask the recipient for another one.</source>
        <translation>El dominio declara que no acepta ningún correo (un MX nulo, RFC 7505). La dirección es incorrecta o ya no se usa: pida otra al destinatario.</translation>
    </message>
    <message>
        <source>The MX lookup returned a single MX 0 &quot;.&quot;: the domain&apos;s owner says it receives no mail, so there is no server to connect to and the wizard stops on the Mail servers page.</source>
        <translation>La consulta MX devolvió un único MX 0 «.»: el propietario del dominio dice que no recibe correo, así que no hay servidor al que conectarse y el asistente se detiene en la página Servidores de correo.</translation>
    </message>
    <message>
        <source>Dead MX with a working backup</source>
        <translation>MX caído con un respaldo que funciona</translation>
    </message>
    <message>
        <source>The customer&apos;s first mail server (dead.wizard.test) died this morning. Is mail to alice@failover.wizard.test lost?</source>
        <translation>El primer servidor de correo del cliente (dead.wizard.test) se cayó esta mañana. ¿Se pierde el correo a alice@failover.wizard.test?</translation>
    </message>
    <message>
        <source>No: the first MX refuses connections, but the backup MX (preference 20) took the message. Mail arrives; the dead server should still be repaired or taken out of the MX records.</source>
        <translation>No: el primer MX rechaza las conexiones, pero el MX de respaldo (preferencia 20) aceptó el mensaje. El correo llega; aun así, el servidor caído debe repararse o quitarse de los registros MX.</translation>
    </message>
    <message>
        <source>The first attempt failed with &quot;connection refused&quot;; the wizard went on to the next MX, as every sending server does, and that one accepted the message.</source>
        <translation>El primer intento falló con «conexión rechazada»; el asistente pasó al siguiente MX, como hace todo servidor de envío, y ese aceptó el mensaje.</translation>
    </message>
    <message>
        <source>Practice: %1</source>
        <translation>Práctica: %1</translation>
    </message>
</context>
<context>
    <name>PracticeFlow</name>
    <message>
        <source>SMTP Wizard (Practice)</source>
        <translation>SMTP Wizard (práctica)</translation>
    </message>
    <message>
        <source>Back to the exercises, with what this run should have shown you</source>
        <translation>Volver a los ejercicios, con lo que esta prueba debería haberle mostrado</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Debrie&amp;f</source>
        <translation>&amp;Revisión</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Debrief</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Exercises on the local test bed: take a ticket, find the cause with the wizard, then read the debrief.</source>
        <translation>Ejercicios en el banco de pruebas local: tome un ticket, encuentre la causa con el asistente y después lea la revisión.</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>&amp;Exercises</source>
        <translation>E&amp;jercicios</translation>
    </message>
    <message>
        <source>Done: the run showed the exercise&apos;s cause</source>
        <translation>Hecho: la prueba mostró la causa del ejercicio</translation>
    </message>
    <message>
        <source>Done: the run ended differently from the exercise</source>
        <translation>Hecho: la prueba terminó de otra manera que el ejercicio</translation>
    </message>
    <message>
        <source>Next fills in the wizard for this ticket. Click through the pages and run the test as you would for a customer; when you know the answer, click Debrief.</source>
        <translation>Siguiente rellena el asistente para este ticket. Recorra las páginas y ejecute la prueba como lo haría para un cliente; cuando sepa la respuesta, pulse Revisión.</translation>
    </message>
    <message>
        <source>Next fills in the wizard for this ticket again; or choose another exercise.</source>
        <translation>Siguiente vuelve a rellenar el asistente para este ticket; o elija otro ejercicio.</translation>
    </message>
    <message>
        <source>Your run showed what this ticket is about: %1.</source>
        <translation>Su prueba mostró de qué trata este ticket: %1.</translation>
    </message>
    <message>
        <source>Your run did not end as this exercise expects. %1 Check that the pages still held what the exercise filled in, and run it again.</source>
        <translation>Su prueba no terminó como espera el ejercicio. %1 Compruebe que las páginas aún tenían lo que el ejercicio rellenó y ejecútela de nuevo.</translation>
    </message>
    <message>
        <source>What your run showed</source>
        <translation>Lo que mostró su prueba</translation>
    </message>
    <message>
        <source>Outcome: %1. Step: %2.</source>
        <translation>Resultado: %1. Paso: %2.</translation>
    </message>
    <message>
        <source>What to conclude</source>
        <translation>Qué concluir</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>S&amp;tart from this profile</source>
        <translation>Empezar a &amp;partir de este perfil</translation>
    </message>
    <message>
        <source>&amp;Delete profile</source>
        <translation>&amp;Eliminar perfil</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Save the current settings as a profile</source>
        <translation>Guardar la configuración actual como perfil</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>e.g. Office relay</source>
        <translation>p. ej. Relay de la oficina</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Destination, connection, sign-in name and message are kept. A password never is.</source>
        <translation>Se conservan el destino, la conexión, el nombre de inicio de sesión y el mensaje. La contraseña, nunca.</translation>
    </message>
    <message>
        <source>Start from a profile</source>
        <translation>Empezar a partir de un perfil</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Perfiles guardados</translation>
    </message>
    <message>
        <source>Fills every page with the profile&apos;s settings; the password is typed again or comes from the keychain.</source>
        <translation>Rellena todas las páginas con la configuración del perfil; la contraseña se vuelve a escribir o viene del llavero.</translation>
    </message>
    <message>
        <source>Replace profile</source>
        <translation>Sustituir perfil</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists. Replace it with the current settings?</source>
        <translation>Ya existe un perfil llamado &quot;%1&quot;. ¿Sustituirlo por la configuración actual?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Sustituir</translation>
    </message>
    <message>
        <source>The current settings were saved as &quot;%1&quot;.</source>
        <translation>La configuración actual se guardó como &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;?</source>
        <translation>¿Eliminar el perfil &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was deleted.</source>
        <translation>Se eliminó el perfil &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>RelayReading</name>
    <message>
        <source>Accepted an outside recipient: open relay</source>
        <translation>Aceptó un destinatario externo: relay abierto</translation>
    </message>
    <message>
        <source>The server took &lt;%1&gt; from a session without sign-in, so it would pass this mail on to another domain for anyone. That is what makes it an open relay.</source>
        <translation>El servidor aceptó &lt;%1&gt; en una sesión sin inicio de sesión, así que retransmitiría este correo a otro dominio para cualquiera. Eso es lo que lo convierte en un relay abierto.</translation>
    </message>
    <message>
        <source>The relay restrictions let strangers relay, or the trusted networks include the address this test came from.</source>
        <translation>Las restricciones de relay permiten hacer de relay a desconocidos, o las redes de confianza incluyen la dirección desde la que se hizo esta prueba.</translation>
    </message>
</context>
<context>
    <name>ReportFileDialog</name>
    <message>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texto (*.txt)</translation>
    </message>
    <message>
        <source>JSON data (*.json)</source>
        <translation>Datos JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>RequestPage</name>
    <message>
        <source>The test could not start. Please correct this:</source>
        <translation>No se pudo iniciar la prueba. Corrija lo siguiente:</translation>
    </message>
</context>
<context>
    <name>ResultSummaryView</name>
    <message>
        <source>&lt;b&gt;Recipients&lt;/b&gt;</source>
        <translation>&lt;b&gt;Destinatarios&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What happened to each recipient</source>
        <translation>Qué pasó con cada destinatario</translation>
    </message>
    <message>
        <source>Time per step</source>
        <translation>Tiempo por paso</translation>
    </message>
    <message>
        <source>&amp;Time per step</source>
        <translation>&amp;Tiempo por paso</translation>
    </message>
    <message>
        <source>Shows or hides how long each step of the conversation took.</source>
        <translation>Muestra u oculta cuánto tardó cada paso de la conversación.</translation>
    </message>
    <message>
        <source>The test succeeded.</source>
        <translation>La prueba funcionó.</translation>
    </message>
    <message>
        <source>The test did not succeed: %1</source>
        <translation>La prueba no funcionó: %1</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>No hay nada que hacer.</translation>
    </message>
</context>
<context>
    <name>ResultTables</name>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
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
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Accepted: relays</source>
        <translation>Aceptado: hace de relay</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Whole test</source>
        <translation>Prueba completa</translation>
    </message>
    <message>
        <source>Form tried</source>
        <translation>Forma probada</translation>
    </message>
</context>
<context>
    <name>ResultWindow</name>
    <message>
        <source>Earlier test: %1</source>
        <translation>Prueba anterior: %1</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecución</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>Res&amp;umen</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Guardar informe…</translation>
    </message>
    <message>
        <source>Saves this test as text, HTML, PDF or JSON. Passwords are never included.</source>
        <translation>Guarda esta prueba como texto, HTML, PDF o JSON. Nunca se incluyen contraseñas.</translation>
    </message>
    <message>
        <source>C&amp;opy for a ticket</source>
        <translation>C&amp;opiar para un ticket</translation>
    </message>
    <message>
        <source>Copies the report as text and formatted HTML, ready to paste into a ticket.</source>
        <translation>Copia el informe como texto y como HTML con formato, listo para pegarlo en un ticket.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>El informe se guardó como %1.</translation>
    </message>
    <message>
        <source>The report is on the clipboard, as text and as formatted HTML.</source>
        <translation>El informe está en el portapapeles, como texto y como HTML con formato.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Running the test</source>
        <translation>Ejecutando la prueba</translation>
    </message>
    <message>
        <source>Every line exchanged with the server. Point at or select a line to see what it means.</source>
        <translation>Cada línea intercambiada con el servidor. Señale o seleccione una línea para ver qué significa.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>View &amp;certificate…</source>
        <translation>Ver &amp;certificado…</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate and whether it could be verified.</source>
        <translation>El certificado TLS del servidor y si se pudo verificar.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>Stops the test at once and closes the connection.</source>
        <translation>Detiene la prueba de inmediato y cierra la conexión.</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Stopped at step %1 of %2</source>
        <translation>Detenida en el paso %1 de %2</translation>
    </message>
    <message>
        <source>Step %v of %m</source>
        <translation>Paso %v de %m</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>The test could not start.</source>
        <translation>No se pudo iniciar la prueba.</translation>
    </message>
    <message>
        <source>Please go back and correct this:</source>
        <translation>Vuelva atrás y corrija lo siguiente:</translation>
    </message>
    <message>
        <source>%1: waiting for %2 s; the test gives up after %3 s.</source>
        <translation>%1: esperando %2 s; la prueba se rinde a los %3 s.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Stopped at step %v of %m</source>
        <translation>Detenida en el paso %v de %m</translation>
    </message>
    <message>
        <source>Ended at step %v of %m</source>
        <translation>Terminó en el paso %v de %m</translation>
    </message>
    <message numerus="yes">
        <source>Finished: it partly worked; %n recipient(s) refused. See the summary.</source>
        <translation>
            <numerusform>Terminado: funcionó en parte; se rechazó %n destinatario. Vea el resumen.</numerusform>
            <numerusform>Terminado: funcionó en parte; se rechazaron %n destinatarios. Vea el resumen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished: it worked.</source>
        <translation>Terminado: funcionó.</translation>
    </message>
    <message>
        <source>Finished: the server asked to try again later. See the summary.</source>
        <translation>Terminado: el servidor pidió reintentar más tarde. Vea el resumen.</translation>
    </message>
    <message>
        <source>Stopped: you stopped the test.</source>
        <translation>Detenido: usted detuvo la prueba.</translation>
    </message>
    <message>
        <source>Finished: OPEN RELAY. This server accepts mail for other domains from anyone. See the summary.</source>
        <translation>Terminado: RELAY ABIERTO. Este servidor acepta de cualquiera correo para otros dominios. Vea el resumen.</translation>
    </message>
    <message>
        <source>Finished: the server refuses to relay. See the summary.</source>
        <translation>Terminado: el servidor se niega a hacer de relay. Vea el resumen.</translation>
    </message>
    <message>
        <source>Finished: it did not work. See the summary.</source>
        <translation>Terminado: no funcionó. Vea el resumen.</translation>
    </message>
    <message>
        <source>Certificate of %1</source>
        <translation>Certificado de %1</translation>
    </message>
    <message>
        <source>T&amp;ype commands…</source>
        <translation>&amp;Escribir comandos…</translation>
    </message>
    <message>
        <source>Opens a console on the same server: type the SMTP commands yourself, each reply explained.</source>
        <translation>Abre una consola en el mismo servidor: usted escribe los comandos SMTP y cada respuesta se explica.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>The user name and password (or OAuth 2.0 access token) your mail program uses to send. They are kept only in this computer&apos;s keychain.</source>
        <translation>El nombre de usuario y la contraseña (o el token de acceso OAuth 2.0) que usa su programa de correo para enviar. Solo se guardan en el llavero de este equipo.</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>&amp;Método de inicio de sesión:</translation>
    </message>
    <message>
        <source>How the sign-in is sent; every way is protected by the encryption. Automatic uses what the server offers. Microsoft 365 and Gmail, where password sign-in is switched off, take an OAuth 2.0 access token (XOAUTH2).</source>
        <translation>Cómo se envía el inicio de sesión; todas las formas están protegidas por el cifrado. Automático usa lo que ofrezca el servidor. Microsoft 365 y Gmail, donde el inicio de sesión con contraseña está desactivado, aceptan un token de acceso OAuth 2.0 (XOAUTH2).</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Método de inicio de sesión</translation>
    </message>
    <message>
        <source>Automatic: user name and password, as the server asks</source>
        <translation>Automático: nombre de usuario y contraseña, según pida el servidor</translation>
    </message>
    <message>
        <source>User name and password in one step (AUTH PLAIN)</source>
        <translation>Nombre de usuario y contraseña en un paso (AUTH PLAIN)</translation>
    </message>
    <message>
        <source>User name and password, asked in two steps (AUTH LOGIN)</source>
        <translation>Nombre de usuario y contraseña, pedidos en dos pasos (AUTH LOGIN)</translation>
    </message>
    <message>
        <source>User name and password, proved without sending the password (AUTH CRAM-MD5, older servers)</source>
        <translation>Nombre de usuario y contraseña, demostrada sin enviarla (AUTH CRAM-MD5, servidores antiguos)</translation>
    </message>
    <message>
        <source>User name and OAuth 2.0 access token (AUTH XOAUTH2: Microsoft 365, Gmail)</source>
        <translation>Nombre de usuario y token de acceso OAuth 2.0 (AUTH XOAUTH2: Microsoft 365, Gmail)</translation>
    </message>
    <message>
        <source>User name and OAuth 2.0 access token (AUTH OAUTHBEARER, RFC 7628)</source>
        <translation>Nombre de usuario y token de acceso OAuth 2.0 (AUTH OAUTHBEARER, RFC 7628)</translation>
    </message>
    <message>
        <source>No sign-in</source>
        <translation>Sin inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>usually your e-mail address</source>
        <translation>normalmente su dirección de correo</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>Mostr&amp;ar</translation>
    </message>
    <message>
        <source>Shows the password as typed, to check it. It is never shown in the transcript or reports.</source>
        <translation>Muestra la contraseña tal como se escribió, para comprobarla. Nunca aparece en la transcripción ni en los informes.</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Token de acceso:</translation>
    </message>
    <message>
        <source>paste the access token (often starting with ey or ya29.)</source>
        <translation>pegue el token de acceso (suele empezar por ey o ya29.)</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>An OAuth 2.0 access token for this mailbox, issued by its identity provider for sending mail by SMTP. It is never shown in the transcript or reports.</source>
        <translation>Un token de acceso OAuth 2.0 para este buzón, emitido por su proveedor de identidad para enviar correo por SMTP. Nunca aparece en la transcripción ni en los informes.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Mostr&amp;ar</translation>
    </message>
    <message>
        <source>Shows the token as pasted, to check it. It is never shown in the transcript or reports.</source>
        <translation>Muestra el token tal como se pegó, para comprobarlo. Nunca aparece en la transcripción ni en los informes.</translation>
    </message>
    <message>
        <source>Paste an access token from the mailbox&apos;s identity provider, issued for sending mail by SMTP:
Microsoft 365 with the scope https://outlook.office.com/SMTP.Send, Gmail with https://mail.google.com/
Tokens expire, usually after an hour: get a fresh one when the server refuses it.</source>
        <translation>Pegue un token de acceso del proveedor de identidad del buzón, emitido para enviar correo por SMTP:
Microsoft 365 con el scope https://outlook.office.com/SMTP.Send, Gmail con https://mail.google.com/
Los tokens caducan, normalmente al cabo de una hora: obtenga uno nuevo cuando el servidor lo rechace.</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>&amp;Recordar en el llavero</translation>
    </message>
    <message>
        <source>Stores the password in this computer&apos;s keychain (Secret Service, Keychain or Credential Manager), never in a file.</source>
        <translation>Guarda la contraseña en el llavero de este equipo (Secret Service, Llavero o Administrador de credenciales), nunca en un archivo.</translation>
    </message>
    <message>
        <source>&amp;Forget stored password</source>
        <translation>&amp;Olvidar la contraseña guardada</translation>
    </message>
    <message>
        <source>Send the password even &amp;without encryption</source>
        <translation>Enviar la contraseña incluso &amp;sin cifrado</translation>
    </message>
    <message>
        <source>Anyone on the network path could read it. Only for test servers.</source>
        <translation>Cualquiera en la ruta de red podría leerla. Solo para servidores de prueba.</translation>
    </message>
    <message>
        <source>Type the user name of the mailbox, often its e-mail address.</source>
        <translation>Escriba el nombre de usuario del buzón, a menudo su dirección de correo.</translation>
    </message>
    <message>
        <source>Type the password; it is used for this test only, unless you tick Remember.</source>
        <translation>Escriba la contraseña; solo se usa para esta prueba, salvo que marque Recordar.</translation>
    </message>
    <message>
        <source>Paste the access token; it is used for this test only, unless you tick Remember.</source>
        <translation>Pegue el token de acceso; solo se usa para esta prueba, salvo que marque Recordar.</translation>
    </message>
    <message>
        <source>&amp;Forget stored token</source>
        <translation>&amp;Olvidar el token guardado</translation>
    </message>
    <message>
        <source>The connection is set to &quot;None&quot;: the access token would travel unencrypted. SMTP Wizard refuses to send it unless you allow it below; better choose STARTTLS or TLS on the Connection page.</source>
        <translation>La conexión está configurada como &quot;Ninguna&quot;: el token de acceso viajaría sin cifrar. SMTP Wizard se niega a enviarlo salvo que lo permita abajo; mejor elija STARTTLS o TLS en la página Conexión.</translation>
    </message>
    <message>
        <source>The connection is set to &quot;None&quot;: the password would travel unencrypted. SMTP Wizard refuses to send it unless you allow it below; better choose STARTTLS or TLS on the Connection page.</source>
        <translation>La conexión está configurada como &quot;Ninguna&quot;: la contraseña viajaría sin cifrar. SMTP Wizard se niega a enviarla salvo que lo permita abajo; mejor elija STARTTLS o TLS en la página Conexión.</translation>
    </message>
    <message>
        <source>&quot;STARTTLS when offered&quot; signs in only once the connection is encrypted; if the server offers no STARTTLS the sign-in is not attempted.</source>
        <translation>&quot;STARTTLS si se ofrece&quot; inicia sesión solo cuando la conexión ya está cifrada; si el servidor no ofrece STARTTLS, no se intenta iniciar sesión.</translation>
    </message>
    <message>
        <source>The access token was filled in from the keychain.</source>
        <translation>El token de acceso se rellenó desde el llavero.</translation>
    </message>
    <message>
        <source>The password was filled in from the keychain.</source>
        <translation>La contraseña se rellenó desde el llavero.</translation>
    </message>
</context>
<context>
    <name>SmtpWizard</name>
    <message>
        <source>SMTP Wizard</source>
        <translation>SMTP Wizard</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Mail servers</source>
        <translation>Servidores de correo</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The report is on the clipboard, as text and as formatted HTML.</source>
        <translation>El informe está en el portapapeles, como texto y como HTML con formato.</translation>
    </message>
    <message>
        <source>The last test could not be kept in the history: %1</source>
        <translation>No se pudo conservar la última prueba en el historial: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s); select one on the left to read its explanation.</source>
        <translation>
            <numerusform>%n hallazgo; selecciónelo a la izquierda para leer su explicación.</numerusform>
            <numerusform>%n hallazgos; seleccione uno a la izquierda para leer su explicación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Explained from %1: %n finding(s); select one on the left to read it.</source>
        <translation>
            <numerusform>Explicado a partir de %1: %n hallazgo; selecciónelo a la izquierda para leerlo.</numerusform>
            <numerusform>Explicado a partir de %1: %n hallazgos; seleccione uno a la izquierda para leerlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Explained from %1.</source>
        <translation>Explicado a partir de %1.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>What the test found, and what to do about it.</source>
        <translation>Qué encontró la prueba y qué hacer al respecto.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do next&lt;/b&gt;</source>
        <translation>&lt;b&gt;Qué hacer a continuación&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recipients&lt;/b&gt;</source>
        <translation>&lt;b&gt;Destinatarios&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What happened to each recipient</source>
        <translation>Qué pasó con cada destinatario</translation>
    </message>
    <message>
        <source>&amp;Time per step</source>
        <translation>&amp;Tiempo por paso</translation>
    </message>
    <message>
        <source>Shows or hides how long each step of the conversation took.</source>
        <translation>Muestra u oculta cuánto tardó cada paso de la conversación.</translation>
    </message>
    <message>
        <source>Time per step</source>
        <translation>Tiempo por paso</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Guardar informe…</translation>
    </message>
    <message>
        <source>Saves the whole test as text, HTML, PDF or JSON, for a ticket or an e-mail to the provider. Passwords are never included.</source>
        <translation>Guarda la prueba completa como texto, HTML, PDF o JSON, para un ticket o un correo al proveedor. Nunca se incluyen contraseñas.</translation>
    </message>
    <message>
        <source>C&amp;opy for a ticket</source>
        <translation>C&amp;opiar para un ticket</translation>
    </message>
    <message>
        <source>Copies the report as text and formatted HTML, ready to paste into a ticket.</source>
        <translation>Copia el informe como texto y como HTML con formato, listo para pegarlo en un ticket.</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Volver a ejecutar</translation>
    </message>
    <message>
        <source>H&amp;istory…</source>
        <translation>H&amp;istorial…</translation>
    </message>
    <message>
        <source>The tests run before, this one included: reopen one, save its report or compare two.</source>
        <translation>Las pruebas ejecutadas antes, incluida esta: vuelva a abrir una, guarde su informe o compare dos.</translation>
    </message>
    <message>
        <source>C&amp;hange:</source>
        <translation>Ca&amp;mbiar:</translation>
    </message>
    <message>
        <source>Page to change</source>
        <translation>Página que cambiar</translation>
    </message>
    <message>
        <source>&amp;Go there</source>
        <translation>Ir a&amp;llí</translation>
    </message>
    <message>
        <source>&amp;New test</source>
        <translation>&amp;Nueva prueba</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Op&amp;en report</source>
        <translation>&amp;Abrir informe</translation>
    </message>
    <message>
        <source>Sho&amp;w in folder</source>
        <translation>Mostrar en la ca&amp;rpeta</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>El informe se guardó como %1.</translation>
    </message>
    <message>
        <source>The test succeeded.</source>
        <translation>La prueba funcionó.</translation>
    </message>
    <message>
        <source>The test did not succeed: %1</source>
        <translation>La prueba no funcionó: %1</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>No hay nada que hacer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Outside recipients tried by the open-relay check&lt;/b&gt;</source>
        <translation>&lt;b&gt;Destinatarios externos probados por la comprobación de relay abierto&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>TranscriptColors</name>
    <message>
        <source>Success (2xx)</source>
        <translation>Correcto (2xx)</translation>
    </message>
    <message>
        <source>Waiting for more (3xx)</source>
        <translation>Esperando más (3xx)</translation>
    </message>
    <message>
        <source>Temporary failure (4xx)</source>
        <translation>Fallo temporal (4xx)</translation>
    </message>
    <message>
        <source>Permanent failure (5xx)</source>
        <translation>Fallo permanente (5xx)</translation>
    </message>
    <message>
        <source>Sent by this computer</source>
        <translation>Enviado por este equipo</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Server line</source>
        <translation>Línea del servidor</translation>
    </message>
</context>
<context>
    <name>TranscriptLegend</name>
    <message>
        <source>Colour legend</source>
        <translation>Leyenda de colores</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message numerus="yes">
        <source>(%n character(s) in all; Copy and the report have the whole line)</source>
        <translation>
            <numerusform>(%n carácter en total; Copiar y el informe contienen la línea completa)</numerusform>
            <numerusform>(%n caracteres en total; Copiar y el informe contienen la línea completa)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy &amp;all lines</source>
        <translation>Copiar &amp;todas las líneas</translation>
    </message>
    <message>
        <source>Select a&amp;ll</source>
        <translation>Seleccionar t&amp;odo</translation>
    </message>
    <message>
        <source>&amp;Wrap long lines</source>
        <translation>&amp;Ajustar líneas largas</translation>
    </message>
</context>
<context>
    <name>VerdictIcon</name>
    <message>
        <source>Success</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fallo</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
</context>
<context>
    <name>WizardController</name>
    <message>
        <source>The password is now stored in the keychain.</source>
        <translation>La contraseña está ahora guardada en el llavero.</translation>
    </message>
    <message>
        <source>The stored password was removed from the keychain.</source>
        <translation>Se eliminó del llavero la contraseña guardada.</translation>
    </message>
    <message>
        <source>No password was stored for this sign-in.</source>
        <translation>No había ninguna contraseña guardada para este inicio de sesión.</translation>
    </message>
    <message>
        <source>There is no test result to save yet.</source>
        <translation>Aún no hay ningún resultado de prueba que guardar.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 no se pudo abrir: %2</translation>
    </message>
</context>
<context>
    <name>WizardMain</name>
    <message>
        <source>Practice mode: --practice &lt;FILE&gt; opens exercises on a local test bed (FILE: its testbed.env or state folder; make demo starts one).</source>
        <translation>Modo de práctica: --practice &lt;ARCHIVO&gt; abre ejercicios en un banco de pruebas local (ARCHIVO: su testbed.env o su carpeta de estado; make demo inicia uno).</translation>
    </message>
</context>
</TS>
