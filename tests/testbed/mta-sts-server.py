#!/usr/bin/python3
"""The test bed's MTA-STS policy host: HTTPS on one loopback address and port, serving
/.well-known/mta-sts.txt for each mta-sts.<domain> named in the policies file, chosen by
the Host header (the client connects to the address our own DNS gave and names the host,
as SMTP Wizard does). Anything else is a 404. Started and stopped by testbed.sh.

    mta-sts-server.py ADDRESS PORT CERT KEY POLICIES

POLICIES: "[host]" lines, each followed by the policy's lines (sent with CRLF); a
"# content-type: X" line right after the host line changes the media type.
"""
import http.server
import ssl
import sys


def read_policies(path):
    policies, host, lines, types = {}, None, [], {}
    with open(path, encoding='utf-8') as f:
        for raw in f:
            line = raw.rstrip('\n')
            if line.startswith('[') and line.endswith(']'):
                if host:
                    policies[host] = lines
                host, lines = line[1:-1].lower(), []
            elif host and line.startswith('# content-type:'):
                types[host] = line.split(':', 1)[1].strip()
            elif host and line.strip() and not line.startswith('#'):
                lines.append(line)
    if host:
        policies[host] = lines
    return {h: ('\r\n'.join(l) + '\r\n').encode() for h, l in policies.items()}, types


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def do_GET(self):
        host = (self.headers.get('Host') or '').lower().rsplit(':', 1)[0]
        body = POLICIES.get(host)
        if self.path != '/.well-known/mta-sts.txt' or body is None:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header('Content-Type', TYPES.get(host, 'text/plain; charset=utf-8'))
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, fmt, *args):
        sys.stderr.write('%s host=%s %s\n' % (self.address_string(), self.headers.get('Host'), fmt % args))
        sys.stderr.flush()


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def finish_request(self, request, client_address):
        # The handshake in the request's own thread: a client that never completes it
        # holds up nobody else.
        request.settimeout(10)
        try:
            request = CONTEXT.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError) as e:
            sys.stderr.write('%s TLS handshake failed: %s\n' % (client_address[0], e))
            return
        super().finish_request(request, client_address)


if __name__ == '__main__':
    address, port, cert, key, policies = sys.argv[1:6]
    POLICIES, TYPES = read_policies(policies)
    CONTEXT = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    CONTEXT.load_cert_chain(cert, key)
    Server((address, int(port)), Handler).serve_forever()
