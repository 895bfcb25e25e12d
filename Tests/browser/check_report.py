#!/usr/bin/env python3
"""Renders a Glasshouse HTML report in headless Chromium and checks it.

Talks to Chromium over the DevTools protocol on a pipe
(--remote-debugging-pipe: commands on fd 3, replies on fd 4), so it needs
nothing beyond the Python standard library. For each width it loads the
report, collects console messages, uncaught exceptions, log entries (CSP
violations, failed loads) and any request that is not the file itself,
checks that the main sections are present and visible and that nothing is
wider than the screen, and saves a full-page PNG. When the report has a
"Where the data goes" section (its contents link #flows, or --expect-flows is
given), it also checks that section: a flow diagram naming the platform, a
card per recipient, text in the diagram no smaller than 8 css px, and saves
a PNG of just that section. It also prints the page to
PDF with the print stylesheet. Before any of that it loads a canary page
with a deliberate console error, to prove the error capture works.

Usage: check_report.py CHROMIUM REPORT.html OUTDIR [--expect-flows] [--max-height=PX]

At each width it also measures every visible piece of text (computed font
size, times the figure's scale inside an SVG), with every <details> opened,
and fails when any renders under 11 css px at the phone width;
--max-height=PX fails when the page is taller than PX at the projector
width (with its <details> closed).
Exit status: 0 all checks passed, 1 a check failed, 2 Chromium misbehaved.
"""
import base64
import fcntl
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import queue
import re

SECTIONS = ["beliefs", "truth", "expectations", "taste-map", "genres", "timeline", "artwork", "accuracy", "glossary"]
FLOW_SECTION = "flows"
MIN_TEXT_PX = 11
WIDTHS = [("phone", 390, 844, 3, True), ("projector", 1280, 800, 1, False)]


class DevTools:
    """A DevTools protocol connection over Chromium's debugging pipe."""

    def __init__(self, chromium, profile):
        to_r, to_w = os.pipe()
        from_r, from_w = os.pipe()
        # Move the child's ends out of the way of fds 3 and 4 before dup2.
        to_r = fcntl.fcntl(to_r, fcntl.F_DUPFD_CLOEXEC, 10)
        from_w = fcntl.fcntl(from_w, fcntl.F_DUPFD_CLOEXEC, 10)

        def child_fds():
            os.dup2(to_r, 3)
            os.dup2(from_w, 4)

        args = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--hide-scrollbars",
                "--mute-audio", "--remote-debugging-pipe", "--user-data-dir=" + profile, "about:blank"]
        self.process = subprocess.Popen(args, preexec_fn=child_fds, close_fds=False,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_r)
        os.close(from_w)
        self.writer = os.fdopen(to_w, "wb", buffering=0)
        self.reader = os.fdopen(from_r, "rb", buffering=0)
        self.next_id = 0
        self.replies = {}
        self.events = queue.Queue()
        self.lock = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        buffer = b""
        while True:
            chunk = self.reader.read(65536)
            if not chunk:
                with self.lock:
                    self.replies[None] = "closed"
                    self.lock.notify_all()
                return
            buffer += chunk
            while b"\0" in buffer:
                message, buffer = buffer.split(b"\0", 1)
                data = json.loads(message)
                if "id" in data:
                    with self.lock:
                        self.replies[data["id"]] = data
                        self.lock.notify_all()
                else:
                    self.events.put(data)

    def send(self, method, params=None, session=None, timeout=60):
        self.next_id += 1
        ident = self.next_id
        message = {"id": ident, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self.writer.write(json.dumps(message).encode() + b"\0")
        deadline = time.time() + timeout
        with self.lock:
            while ident not in self.replies:
                if None in self.replies:
                    raise RuntimeError("Chromium closed the pipe")
                left = deadline - time.time()
                if left <= 0:
                    raise RuntimeError(f"no reply to {method} within {timeout} s")
                self.lock.wait(left)
            reply = self.replies.pop(ident)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    def drain(self, until=None, timeout=30):
        """Returns the events received; waits for one named `until` first."""
        seen = []
        deadline = time.time() + timeout
        while True:
            try:
                event = self.events.get(timeout=0.2 if until is None else max(0.05, deadline - time.time()))
            except queue.Empty:
                if until is None or time.time() > deadline:
                    if until is not None:
                        raise RuntimeError(f"timed out waiting for {until}")
                    return seen
                continue
            seen.append(event)
            if until is not None and event.get("method") == until:
                # Let late messages (console, log) arrive too.
                time.sleep(0.3)
                return seen + self.drain()

    def close(self):
        try:
            self.send("Browser.close", timeout=10)
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def problems_in(events, page_url):
    """Console errors and warnings, exceptions, log errors, outside requests."""
    found = []
    for event in events:
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "warning", "assert"):
            text = " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", []))
            found.append(f"console.{params['type']}: {text}")
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            found.append("exception: " + details.get("exception", {}).get("description", details.get("text", "")))
        elif method == "Log.entryAdded":
            entry = params.get("entry", {})
            if entry.get("level") in ("error", "warning"):
                found.append(f"log {entry.get('level')} ({entry.get('source')}): {entry.get('text')}")
        elif method == "Network.requestWillBeSent":
            url = params.get("request", {}).get("url", "")
            if url != page_url and not url.startswith("data:"):
                found.append("request: " + url)
    return found


CHECK_FLOWS = """(() => {
  const s = document.getElementById('flows');
  if (!s) return JSON.stringify({present: false});
  const svg = s.querySelector('svg');
  const texts = svg ? Array.from(svg.querySelectorAll('text')) : [];
  const sizes = texts.map(t => t.getBoundingClientRect().height).filter(h => h > 0);
  const fontScale = svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 0;
  const smallest = texts.length ? Math.min(...texts.map(t => parseFloat(t.getAttribute('font-size')) * fontScale)) : 0;
  const r = s.getBoundingClientRect();
  return JSON.stringify({present: true, diagram: !!svg,
    svgWidth: svg ? svg.getBoundingClientRect().width : 0,
    label: svg ? svg.getAttribute('aria-label') : '',
    platform: texts.some(t => t.textContent.includes('The streaming platform')),
    cards: s.querySelectorAll('.card.flow').length, joins: s.querySelectorAll('.card.linkage').length,
    smallestFontPx: smallest, rendered: sizes.length,
    top: r.top + window.scrollY, height: r.height});
})()"""


CHECK_PAGE = """(() => {
  const ids = %s;
  const missing = [], hidden = [];
  for (const id of ids) {
    const s = document.getElementById(id);
    if (!s || s.tagName !== 'SECTION' || !s.querySelector('h2')) { missing.push(id); continue; }
    const r = s.getBoundingClientRect();
    if (r.height < 40 || r.width < 200) hidden.push(id);
  }
  const svgs = Array.from(document.querySelectorAll('svg'));
  const emptySvgs = svgs.filter(s => s.getBoundingClientRect().width < 40).length;
  const wide = Array.from(document.querySelectorAll('body *')).filter(e => {
    if (e.closest('.scroll')) return false;
    return e.getBoundingClientRect().right > window.innerWidth + 1;
  }).slice(0, 5).map(e => e.tagName + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + e.className : ''));
  const fontPx = parseFloat(getComputedStyle(document.body).fontSize);
  // The section menu stays at the top of the screen once scrolled past.
  const nav = document.querySelector('nav.sections');
  const links = nav ? nav.querySelectorAll('a[href^="#"]').length : 0;
  window.scrollTo(0, document.documentElement.scrollHeight);
  const stuck = nav ? Math.abs(nav.getBoundingClientRect().top) < 1 : false;
  window.scrollTo(0, 0);
  return JSON.stringify({missing, hidden, svgs: svgs.length, emptySvgs, wide,
    scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth,
    height: document.documentElement.scrollHeight, fontPx, links, stuck,
    title: document.title, scripts: document.scripts.length});
})()"""


SMALL_TEXT = """(() => {
  // Every visible piece of text, with the size it renders at: the computed
  // font size, times the SVG's scale for text inside a figure.
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const text = node.textContent.trim();
    if (!text) continue;
    const el = node.parentElement;
    if (!el || el.closest('title, style, script')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = Array.from(range.getClientRects()).filter(r => r.width > 0 && r.height > 0);
    if (!rects.length) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || parseFloat(style.opacity) === 0) continue;
    let px = parseFloat(style.fontSize);
    if (el instanceof SVGElement && el.getScreenCTM) {
      const m = el.getScreenCTM();
      if (m) px *= Math.hypot(m.a, m.b);
    }
    const where = el.closest('section');
    found.push({px, text: text.slice(0, 40), section: where ? where.id : (el.closest('nav') ? 'nav' : el.tagName)});
  }
  found.sort((a, b) => a.px - b.px);
  return JSON.stringify({count: found.length, smallest: found.slice(0, 8)});
})()"""


def open_page(tools):
    target = tools.send("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = tools.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    for domain in ("Page", "Runtime", "Log", "Network"):
        tools.send(domain + ".enable", session=session)
    tools.drain()
    return target, session


def load(tools, session, url):
    tools.send("Page.navigate", {"url": url}, session=session)
    return tools.drain(until="Page.loadEventFired")


def check_flows(tools, session, name, width, outdir, screen=844):
    """Checks the "Where the data goes" section at one width and saves a PNG of it."""
    result = tools.send("Runtime.evaluate", {"expression": CHECK_FLOWS, "returnByValue": True}, session=session)
    flows = json.loads(result["result"]["value"])
    if not flows["present"]:
        return [f"{name}: no 'Where the data goes' section (#flows)"]
    failures = []
    if not flows["diagram"] or flows["svgWidth"] < 200:
        failures.append(f"{name}: the flow diagram is missing or narrower than 200 px ({flows['svgWidth']:.0f})")
    if not flows["platform"]:
        failures.append(f"{name}: the flow diagram does not name the platform")
    if flows["cards"] < 1:
        failures.append(f"{name}: no recipient cards in the flows section")
    if flows["smallestFontPx"] < 8:
        failures.append(f"{name}: the flow diagram's smallest text is {flows['smallestFontPx']:.1f} css px (< 8)")
    shot = tools.send("Page.captureScreenshot", {"format": "png", "clip": {
        "x": 0, "y": flows["top"], "width": width, "height": max(1, flows["height"]), "scale": 1}},
        session=session, timeout=120)
    png = os.path.join(outdir, f"report-{name}-{width}-flows.png")
    with open(png, "wb") as file:
        file.write(base64.b64decode(shot["data"]))
    # The diagram's first screen on its own, to look at without zooming.
    first = tools.send("Page.captureScreenshot", {"format": "png", "clip": {
        "x": 0, "y": flows["top"], "width": width, "height": max(1, min(screen, flows["height"])), "scale": 1}},
        session=session, timeout=120)
    with open(os.path.join(outdir, f"report-{name}-{width}-flows-01.png"), "wb") as file:
        file.write(base64.b64decode(first["data"]))
    print(f"  flows: diagram {flows['svgWidth']:.0f} px wide ({flows['label']}), {flows['cards']} recipient cards, "
          f"{flows['joins']} joins, smallest diagram text {flows['smallestFontPx']:.1f} px; screenshot {png}")
    return failures


def main():
    options = [a for a in sys.argv[1:] if a.startswith("--")]
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    max_height = None
    for option in options:
        if option.startswith("--max-height="):
            max_height = int(option.split("=", 1)[1])
        elif option != "--expect-flows":
            print(f"unknown option {option}")
            return 2
    if len(arguments) != 3:
        print(__doc__)
        return 2
    chromium, report, outdir = arguments[0], os.path.abspath(arguments[1]), arguments[2]
    os.makedirs(outdir, exist_ok=True)
    # Tiles of an earlier, longer page would be mistaken for this one's.
    for name in os.listdir(outdir):
        if name.startswith("report-") and name.endswith(".png"):
            os.remove(os.path.join(outdir, name))
    with open(report, encoding="utf-8") as file:
        page = file.read()
    linked = 'href="#flows"' in page
    expect_flows = "--expect-flows" in sys.argv or linked
    # Every section the menu links must be there and visible; the page
    # leaves out a section with nothing to show, and its link with it.
    menu = re.findall(r'<a href="#([a-z-]+)">', page)
    sections = [s for s in menu if s != FLOW_SECTION]
    failures_early = [] if "glossary" in menu else ["the section menu does not link the glossary"]
    sections += [FLOW_SECTION] if expect_flows else []
    check_page = CHECK_PAGE % json.dumps(sections)
    url = "file://" + report
    failures = list(failures_early)
    with tempfile.TemporaryDirectory(prefix="glasshouse-chromium-") as profile:
        tools = DevTools(chromium, profile)
        try:
            version = tools.send("Browser.getVersion")
            print(f"browser: {version.get('product')} ({chromium}, headless, DevTools protocol over a pipe)")
            target, session = open_page(tools)

            # The canary: the capture must see a deliberate console error.
            canary = load(tools, session, "data:text/html,<script>console.error('canary')</script><p>canary")
            if not any("canary" in p for p in problems_in(canary, "")):
                print("FAIL: the canary's console error was not captured; the console check would prove nothing")
                return 2
            print("canary: a deliberate console.error was captured, so the console check works")

            for name, width, height, scale, mobile in WIDTHS:
                tools.send("Emulation.setDeviceMetricsOverride", {
                    "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile}, session=session)
                events = load(tools, session, url)
                problems = problems_in(events, url)
                result = tools.send("Runtime.evaluate", {"expression": check_page, "returnByValue": True},
                                    session=session)
                facts = json.loads(result["result"]["value"])
                full = max(int(facts["height"]), height)
                tools.send("Emulation.setDeviceMetricsOverride", {
                    "width": width, "height": full, "deviceScaleFactor": 1, "mobile": mobile}, session=session)
                shot = tools.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": False},
                                  session=session, timeout=120)
                png = os.path.join(outdir, f"report-{name}-{width}.png")
                with open(png, "wb") as file:
                    file.write(base64.b64decode(shot["data"]))
                # The same page in screen-sized tiles, easier to look at than one tall image.
                tiles = 0
                for top in range(0, full, height):
                    tile = tools.send("Page.captureScreenshot", {"format": "png", "clip": {
                        "x": 0, "y": top, "width": width, "height": min(height, full - top), "scale": 1}},
                        session=session, timeout=120)
                    tiles += 1
                    with open(os.path.join(outdir, f"report-{name}-{width}-{tiles:02d}.png"), "wb") as file:
                        file.write(base64.b64decode(tile["data"]))
                print(f"{name} ({width}×{full} css px): {facts['svgs']} svg figures, body font {facts['fontPx']} px, "
                      f"page width {facts['scrollWidth']} px; screenshot {png} and {tiles} screen-sized tiles")
                if expect_flows:
                    failures += check_flows(tools, session, name, width, outdir, height)
                # Text size with every <details> open: folded text must be
                # legible too once a reader opens it.
                tools.send("Runtime.evaluate", {"expression":
                    "document.querySelectorAll('details').forEach(d => d.open = true)"}, session=session)
                result = tools.send("Runtime.evaluate", {"expression": SMALL_TEXT, "returnByValue": True},
                                    session=session)
                sizes = json.loads(result["result"]["value"])
                smallest = sizes["smallest"][0]["px"] if sizes["smallest"] else 0
                print(f"  text: {sizes['count']} visible pieces (details open), smallest {smallest:.1f} px: "
                      + "; ".join(f"{t['px']:.1f} px “{t['text']}” ({t['section']})" for t in sizes["smallest"][:4]))
                if mobile and smallest < MIN_TEXT_PX:
                    tiny = [t for t in sizes["smallest"] if t["px"] < MIN_TEXT_PX]
                    failures.append(f"{name}: text renders under {MIN_TEXT_PX} px: " + "; ".join(
                        f"{t['px']:.1f} px “{t['text']}” in #{t['section']}" for t in tiny))
                if max_height and not mobile:
                    if facts["height"] > max_height:
                        failures.append(f"{name}: the page is {facts['height']} px tall at {width} px "
                                        f"(at most {max_height})")
                    else:
                        print(f"  height: {facts['height']} px at {width} px (at most {max_height})")
                for problem in problems:
                    failures.append(f"{name}: {problem}")
                if facts["missing"]:
                    failures.append(f"{name}: sections missing: {', '.join(facts['missing'])}")
                if facts["hidden"]:
                    failures.append(f"{name}: sections not visible: {', '.join(facts['hidden'])}")
                if facts["emptySvgs"]:
                    failures.append(f"{name}: {facts['emptySvgs']} svg figures rendered narrower than 40 px")
                if facts["scrollWidth"] > facts["innerWidth"] + 1:
                    failures.append(f"{name}: the page scrolls sideways ({facts['scrollWidth']} > "
                                    f"{facts['innerWidth']} px): {', '.join(facts['wide'])}")
                if not facts["links"] or not facts["stuck"]:
                    failures.append(f"{name}: no section menu that stays at the top when scrolled "
                                    f"({facts['links']} links, stuck: {facts['stuck']})")
                if facts["scripts"]:
                    failures.append(f"{name}: the page has {facts['scripts']} script elements")

            tools.send("Emulation.clearDeviceMetricsOverride", session=session)
            tools.send("Emulation.setEmulatedMedia", {"media": "print"}, session=session)
            pdf = tools.send("Page.printToPDF", {"printBackground": False, "preferCSSPageSize": True},
                             session=session, timeout=120)
            pdf_path = os.path.join(outdir, "report-print.pdf")
            data = base64.b64decode(pdf["data"])
            with open(pdf_path, "wb") as file:
                file.write(data)
            pages = data.count(b"/Type /Page") - data.count(b"/Type /Pages")
            print(f"print: {pdf_path} ({len(data) // 1024} KiB, about {pages} pages)")
            tools.send("Target.closeTarget", {"targetId": target})
        finally:
            tools.close()
    if failures:
        for failure in failures:
            print("FAIL: " + failure)
        return 1
    print(f"OK: no console errors or warnings, no outside requests, all {len(sections)} sections present "
          f"and visible at {', '.join(str(w[1]) for w in WIDTHS)} px")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except RuntimeError as error:
        print(f"ERROR: {error}")
        sys.exit(2)
