# SPDX-License-Identifier: GPL-2.0
"""A minimal Chrome DevTools protocol client, stdlib only (tests/browser.t).

Starts /usr/bin/chromium headless with a fresh profile and a debugging port
it picks itself (read back from DevToolsActivePort), attaches to its page
over a hand-written WebSocket (RFC 6455, client frames masked), and offers
load(url) -> JavaScript errors seen, eval_json(expr), screenshot(path).
Every wait is bounded.
"""
import base64
import json
import os
import socket
import struct
import subprocess
import time
import urllib.request

FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync',
         '--remote-debugging-port=0', '--window-size=1280,900', '--hide-scrollbars']


class WebSocket:
    def __init__(self, url, timeout=30):
        assert url.startswith('ws://')
        hostport, path = url[5:].split('/', 1)
        host, port = hostport.split(':')
        self.sock = socket.create_connection((host, int(port)), timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(('GET /%s HTTP/1.1\r\nHost: %s\r\nUpgrade: websocket\r\n'
                           'Connection: Upgrade\r\nSec-WebSocket-Key: %s\r\n'
                           'Sec-WebSocket-Version: 13\r\n\r\n' % (path, hostport, key)).encode())
        head = b''
        while b'\r\n\r\n' not in head:
            chunk = self.sock.recv(1)
            if not chunk:
                raise OSError('websocket handshake: connection closed')
            head += chunk
        if b' 101 ' not in head.split(b'\r\n')[0]:
            raise OSError('websocket handshake: %r' % head[:80])

    def _recv(self, n):
        buf = b''
        while len(buf) < n:
            chunk = self.sock.recv(n - len(buf))
            if not chunk:
                raise OSError('websocket closed')
            buf += chunk
        return buf

    def send(self, text):
        data = text.encode()
        head = bytes([0x81])
        n = len(data)
        if n < 126:
            head += bytes([0x80 | n])
        elif n < 65536:
            head += bytes([0x80 | 126]) + struct.pack('>H', n)
        else:
            head += bytes([0x80 | 127]) + struct.pack('>Q', n)
        mask = os.urandom(4)
        self.sock.sendall(head + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))

    def recv(self):
        message = b''
        while True:
            b0, b1 = self._recv(2)
            n = b1 & 0x7f
            if n == 126:
                n, = struct.unpack('>H', self._recv(2))
            elif n == 127:
                n, = struct.unpack('>Q', self._recv(8))
            payload = self._recv(n)
            op = b0 & 0x0f
            if op == 8:
                raise OSError('websocket closed by peer')
            if op in (9, 10):
                continue
            message += payload
            if b0 & 0x80:
                return message.decode(errors='replace')


class Chromium:
    def __init__(self, profile, timeout=30):
        self.proc = subprocess.Popen(['/usr/bin/chromium'] + FLAGS +
                                     ['--user-data-dir=' + profile, 'about:blank'],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        portfile = os.path.join(profile, 'DevToolsActivePort')
        deadline = time.monotonic() + timeout
        while not os.path.exists(portfile) or not open(portfile).read().strip():
            if time.monotonic() > deadline or self.proc.poll() is not None:
                raise OSError('chromium did not start')
            time.sleep(0.1)
        port = open(portfile).read().split()[0]
        for _ in range(50):
            try:
                targets = json.load(urllib.request.urlopen(
                    'http://127.0.0.1:%s/json/list' % port, timeout=5))
                page = next(t for t in targets if t['type'] == 'page')
                break
            except (OSError, StopIteration):
                time.sleep(0.1)
        self.ws = WebSocket(page['webSocketDebuggerUrl'])
        self.next_id = 0
        self.events = []
        for m in ('Page.enable', 'Runtime.enable', 'Log.enable'):
            self.call(m)
        self.call('Emulation.setDeviceMetricsOverride', width=1400, height=900,
                  deviceScaleFactor=1, mobile=False)

    def call(self, method, timeout=30, **params):
        self.next_id += 1
        mid = self.next_id
        self.ws.send(json.dumps({'id': mid, 'method': method, 'params': params}))
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            msg = json.loads(self.ws.recv())
            if msg.get('id') == mid:
                if 'error' in msg:
                    raise OSError('%s: %s' % (method, msg['error']))
                return msg.get('result', {})
            self.events.append(msg)
        raise OSError('%s: no answer' % method)

    def _errors(self):
        out = []
        for e in self.events:
            m, p = e.get('method'), e.get('params', {})
            if m == 'Runtime.exceptionThrown':
                d = p['exceptionDetails']
                out.append(d.get('exception', {}).get('description') or d.get('text'))
            elif m == 'Runtime.consoleAPICalled' and p.get('type') == 'error':
                out.append(' '.join(str(a.get('value', a.get('description', '')))
                                    for a in p.get('args', [])))
            elif m == 'Log.entryAdded' and p['entry'].get('level') == 'error' and \
                    not p['entry'].get('url', '').endswith('/favicon.ico'):
                out.append('%s (%s)' % (p['entry'].get('text'), p['entry'].get('url', '')))
        return out

    def load(self, url, timeout=20):
        """Navigate and wait for the load event; returns the JS errors seen."""
        self.events = []
        self.call('Page.navigate', url=url)
        deadline = time.monotonic() + timeout
        while not any(e.get('method') == 'Page.loadEventFired' for e in self.events):
            if time.monotonic() > deadline:
                raise OSError('%s: no load event in %d s' % (url, timeout))
            self.events.append(json.loads(self.ws.recv()))
        time.sleep(0.2)
        self.call('Runtime.evaluate', expression='1')     # drain late events
        return self._errors()

    def eval_json(self, expr):
        r = self.call('Runtime.evaluate', expression=expr, returnByValue=True)
        return json.loads(r.get('result', {}).get('value') or '[]')

    def screenshot(self, path, selector=None):
        """The viewport, or the box around every element matching selector
        (in page coordinates, beyond the viewport if need be)."""
        params = {}
        if selector:
            box = self.eval_json(
                'JSON.stringify((() => { const rs = [...document.querySelectorAll(%s)]'
                '.map(e => e.getBoundingClientRect()); if (!rs.length) return null;'
                'const x = Math.min(...rs.map(r => r.left)), y = Math.min(...rs.map(r => r.top));'
                'return {x: x + scrollX, y: y + scrollY, scale: 1,'
                'width: Math.max(...rs.map(r => r.right)) - x,'
                'height: Math.max(...rs.map(r => r.bottom)) - y}; })())' % json.dumps(selector))
            if not box:
                raise ValueError('no element matches %s' % selector)
            params = {'clip': box, 'captureBeyondViewport': True}
        r = self.call('Page.captureScreenshot', format='png', **params)
        with open(path, 'wb') as f:
            f.write(base64.b64decode(r['data']))

    def close(self):
        try:
            self.call('Browser.close', timeout=5)
        except OSError:
            pass
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
