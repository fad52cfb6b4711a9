#!/usr/bin/python3
"""The test bed's Microsoft 365 look-alike (practice mode, issue 14): a submission server
that answers password sign-in the way Exchange Online does when basic authentication is
switched off. Neither Postfix nor smtp-sink can say 535 5.7.139, so this small scripted
server does, on one loopback address and port. Started and stopped by testbed.sh.

    m365-server.py ADDRESS PORT CERT KEY

STARTTLS with the bed's certificate; after it AUTH LOGIN, PLAIN and XOAUTH2 are offered.
LOGIN and PLAIN are refused with Microsoft's words, whatever the password; XOAUTH2 (any
token) is accepted, and then MAIL, RCPT and DATA are, and the message is thrown away.
Every line in and out goes to standard error (the bed's log), never the AUTH payloads.
"""
import socket
import ssl
import sys
import threading

HOST = 'SN4PR0501CA0001.outlook.wizard.test'
REFUSED = ('535 5.7.139 Authentication unsuccessful, the user is locked by your '
           "organization's security defaults policy. Contact your administrator. "
           '[%s]' % HOST)


def log(peer, direction, line):
    sys.stderr.write('%s %s %s\n' % (peer, direction, line))
    sys.stderr.flush()


class Session:
    def __init__(self, conn, peer, context):
        self.conn, self.peer, self.context = conn, peer, context
        self.buffer = b''
        self.tls = False
        self.signed_in = False

    def send(self, line):
        log(self.peer, '>', line)
        self.conn.sendall(line.encode() + b'\r\n')

    def read_line(self):
        while b'\r\n' not in self.buffer:
            data = self.conn.recv(4096)
            if not data:
                return None
            self.buffer += data
            if len(self.buffer) > 65536:
                return None
        line, self.buffer = self.buffer.split(b'\r\n', 1)
        return line.decode('utf-8', 'replace')

    def ehlo(self):
        lines = ['250-%s Hello [%s]' % (HOST, self.peer), '250-SIZE 157286400', '250-PIPELINING',
                 '250-ENHANCEDSTATUSCODES', '250-8BITMIME']
        lines.append('250-AUTH LOGIN XOAUTH2' if self.tls else '250-STARTTLS')
        lines.append('250 SMTPUTF8')
        for line in lines:
            self.send(line)

    def auth(self, words):
        mech = words[1].upper() if len(words) > 1 else ''
        if not self.tls:
            self.send('504 5.7.4 Unrecognized authentication type')
            return
        if mech == 'XOAUTH2':
            if len(words) < 3:
                self.send('334 ')
                if self.read_line() is None:
                    return
            log(self.peer, '<', '[token hidden]')
            self.signed_in = True
            self.send('235 2.7.0 Authentication successful')
            return
        if mech == 'LOGIN':
            if len(words) < 3:
                self.send('334 VXNlcm5hbWU6')
                if self.read_line() is None:
                    return
                log(self.peer, '<', '[user name hidden]')
            self.send('334 UGFzc3dvcmQ6')
            if self.read_line() is None:
                return
            log(self.peer, '<', '[password hidden]')
            self.send(REFUSED)
            return
        if mech == 'PLAIN':
            if len(words) < 3:
                self.send('334 ')
                if self.read_line() is None:
                    return
            log(self.peer, '<', '[credentials hidden]')
            self.send(REFUSED)
            return
        self.send('504 5.7.4 Unrecognized authentication type')

    def data(self):
        self.send('354 Start mail input; end with <CRLF>.<CRLF>')
        while True:
            line = self.read_line()
            if line is None:
                return False
            if line == '.':
                break
        self.send('250 2.6.0 <practice@%s> [InternalId=1] Queued mail for delivery' % HOST)
        return True

    def run(self):
        self.send('220 %s Microsoft ESMTP MAIL Service ready' % HOST)
        while True:
            line = self.read_line()
            if line is None:
                return
            if not line.upper().startswith('AUTH'):
                log(self.peer, '<', line)
            words = line.split()
            verb = words[0].upper() if words else ''
            if verb in ('EHLO', 'HELO'):
                self.ehlo() if verb == 'EHLO' else self.send('250 %s Hello [%s]' % (HOST, self.peer))
            elif verb == 'STARTTLS' and not self.tls:
                self.send('220 2.0.0 SMTP server ready')
                self.conn = self.context.wrap_socket(self.conn, server_side=True)
                self.tls, self.buffer = True, b''
            elif verb == 'AUTH':
                log(self.peer, '<', ' '.join(words[:2]))
                self.auth(words)
            elif verb == 'MAIL':
                if not self.signed_in:
                    self.send('530 5.7.57 Client not authenticated to send mail. [%s]' % HOST)
                else:
                    self.send('250 2.1.0 Sender OK')
            elif verb == 'RCPT':
                self.send('250 2.1.5 Recipient OK' if self.signed_in else
                          '530 5.7.57 Client not authenticated to send mail. [%s]' % HOST)
            elif verb == 'DATA' and self.signed_in:
                if not self.data():
                    return
            elif verb in ('RSET', 'NOOP'):
                self.send('250 2.0.0 OK')
            elif verb == 'QUIT':
                self.send('221 2.0.0 Service closing transmission channel')
                return
            else:
                self.send('500 5.3.3 Unrecognized command')


def serve(conn, peer, context):
    try:
        Session(conn, peer, context).run()
    except (OSError, ssl.SSLError) as e:
        log(peer, '!', str(e))
    finally:
        conn.close()


def main():
    address, port, cert, key = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((address, port))
    listener.listen(50)
    while True:
        conn, (peer, _) = listener.accept()
        conn.settimeout(120)
        threading.Thread(target=serve, args=(conn, peer, context), daemon=True).start()


if __name__ == '__main__':
    main()
