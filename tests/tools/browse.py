#!/usr/bin/python3
"""Opens a page in headless Chromium and drives it over the DevTools protocol (a pipe, so
no port is opened), for tests of pgfleet's HTML reports.

usage: browse.py URL SCRIPT.json OUT.json

SCRIPT.json is a list of steps, run in order after the page has loaded:
  {"eval": "JS expression"}                  its value (JSON) is appended to the results
  {"navigate": "URL"}                        loads another page (or the same with another #hash)
  {"screenshot": "file.png", "width": 1280}  a PNG of the whole page ("height": N for the top N pixels)
OUT.json gets {"results": [...], "console_errors": [...], "exceptions": [...]}.

Chromium starts with a fresh profile and without network side traffic:
--headless --no-sandbox --disable-gpu --disable-background-networking
--disable-component-update --disable-sync --no-first-run --user-data-dir=<temporary>.
Set CHROMIUM to use another binary.
"""
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time


class Browser:
    def __init__(self):
        self.profile = tempfile.mkdtemp(prefix="pgfleet-chromium-")
        to_chrome_r, to_chrome_w = os.pipe()
        from_chrome_r, from_chrome_w = os.pipe()
        binary = os.environ.get("CHROMIUM", "chromium")
        args = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
                "--user-data-dir=" + self.profile, "--remote-debugging-pipe", "about:blank"]

        def child_fds():
            # Chromium reads commands on fd 3 and writes replies and events on fd 4. The pipe
            # ends may themselves be 3 or 4, so copy them out of the way first.
            reads, writes = os.dup(to_chrome_r), os.dup(from_chrome_w)
            os.dup2(reads, 3)
            os.dup2(writes, 4)
            os.set_inheritable(3, True)
            os.set_inheritable(4, True)

        # close_fds would close 3 and 4 after preexec_fn; the pipe ends themselves are not
        # inheritable, so only the copies on 3 and 4 reach Chromium.
        self.process = subprocess.Popen(args, preexec_fn=child_fds, close_fds=False,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.writer = os.fdopen(to_chrome_w, "wb", buffering=0)
        self.reader = os.fdopen(from_chrome_r, "rb", buffering=0)
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def close(self):
        try:
            self.send("Browser.close")
        except Exception:
            pass
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.profile, ignore_errors=True)

    def _message(self):
        while b"\0" not in self.buffer:
            chunk = self.reader.read(65536)
            if not chunk:
                raise RuntimeError("chromium closed the DevTools pipe")
            self.buffer += chunk
        raw, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(raw)

    def send(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self.writer.write(json.dumps(message).encode() + b"\0")
        while True:
            reply = self._message()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_event(self, method, timeout=60):
        deadline = time.time() + timeout
        while time.time() < deadline:
            for i, event in enumerate(self.events):
                if event.get("method") == method:
                    return self.events.pop(i)
            self.events.append(self._message())
        raise RuntimeError(f"timed out waiting for {method}")


def run(url, steps):
    browser = Browser()
    try:
        target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            browser.send(domain + ".enable", session=session)
        browser.send("Page.navigate", {"url": url}, session=session)
        browser.wait_event("Page.loadEventFired")
        results = []
        for step in steps:
            if "eval" in step:
                value = browser.send("Runtime.evaluate", {"expression": step["eval"], "returnByValue": True,
                                                          "awaitPromise": True}, session=session)
                if "exceptionDetails" in value:
                    raise RuntimeError(f"{step['eval']}: {value['exceptionDetails']}")
                results.append(value["result"].get("value"))
            elif "navigate" in step:
                browser.send("Page.navigate", {"url": "about:blank"}, session=session)
                browser.wait_event("Page.loadEventFired")
                browser.send("Page.navigate", {"url": step["navigate"]}, session=session)
                browser.wait_event("Page.loadEventFired")
                results.append(step["navigate"])
            elif "screenshot" in step:
                width = step.get("width", 1280)
                metrics = {"width": width, "height": step.get("height", 800), "deviceScaleFactor": 1, "mobile": False}
                browser.send("Emulation.setDeviceMetricsOverride", metrics, session=session)
                if "height" not in step:
                    # The whole page: measured at the final width, so no blank band is left below.
                    metrics["height"] = browser.send("Runtime.evaluate", {
                        "expression": "document.documentElement.scrollHeight", "returnByValue": True},
                        session=session)["result"]["value"]
                    browser.send("Emulation.setDeviceMetricsOverride", metrics, session=session)
                shot = browser.send("Page.captureScreenshot", {"format": "png"}, session=session)
                with open(step["screenshot"], "wb") as f:
                    f.write(base64.b64decode(shot["data"]))
                results.append(step["screenshot"])
        console_errors = [e["params"]["entry"]["text"] for e in browser.events
                          if e.get("method") == "Log.entryAdded" and e["params"]["entry"]["level"] == "error"]
        exceptions = [e["params"]["exceptionDetails"].get("text", "") for e in browser.events
                      if e.get("method") == "Runtime.exceptionThrown"]
        return {"results": results, "console_errors": console_errors, "exceptions": exceptions}
    finally:
        browser.close()


def main(argv):
    if len(argv) != 4:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    with open(argv[2]) as f:
        steps = json.load(f)
    out = run(argv[1], steps)
    with open(argv[3], "w") as f:
        json.dump(out, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
