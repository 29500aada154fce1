"""bench/startup's measuring part: see bench/startup --help. Standard library only."""
import argparse, glob, html, http.cookiejar, os, re, shutil, signal, socket, statistics, subprocess, sys, time
import urllib.error, urllib.parse, urllib.request

AVOID = {"logout", "log-out", "delete", "remove", "erase", "revoke", "live", "stream", "events", "archive", "export"}
HREF = re.compile(r'<a\b[^>]*\bhref="([^"]+)"', re.I)
TOKEN = re.compile(r'name="__RequestVerificationToken"[^>]*value="([^"]*)"|value="([^"]*)"[^>]*name="__RequestVerificationToken"')
TICKS = os.sysconf("SC_CLK_TCK")


def free_port():
    s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close(); return port


def status_of(pid):
    fields = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "RssAnon", "RssFile", "RssShmem"):
                fields[key] = int(value.split()[0]) // 1024
    return fields


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        parts = f.read().rsplit(")", 1)[1].split()
    return (int(parts[11]) + int(parts[12])) / TICKS


def probe(path):
    """methods compiled, IL bytes, JIT ms, GC heap bytes, committed bytes, process id"""
    for _ in range(50):
        try:
            with open(path) as f:
                values = [int(v) for v in f.read().split()]
            if len(values) == 6:
                return values
        except (FileNotFoundError, ValueError):
            pass
        time.sleep(0.1)
    raise SystemExit(f"the start-up hook wrote nothing to {path}")


class App:
    def __init__(self, args, folder, database, extra, env_pairs, log):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.probe_file = os.path.join(folder, "probe.txt")
        if os.path.exists(self.probe_file):
            os.remove(self.probe_file)
        env = dict(os.environ)
        env.update({
            "ASPNETCORE_ENVIRONMENT": "Production", "Database__Provider": "Sqlite",
            "ConnectionStrings__Circulair": f"Data Source={database}", "Logging__LogLevel__Default": "Warning",
            "Logging__Console__FormatterName": "simple", "Mail__PickupDirectory": os.path.join(folder, "mail"),
            "Circulair__PublicUrl": "http://127.0.0.1", "DOTNET_STARTUP_HOOKS": args.probe,
            "CIRCULAIR_PROBE_FILE": self.probe_file,
        })
        for pair in env_pairs:
            name, _, value = pair.partition("=")
            env[name] = value
        self.log = open(log, "w")
        self.started = time.monotonic()
        self.process = subprocess.Popen(["dotnet", os.path.join(args.app_dir, "Circulair.Web.dll"), "--urls", self.base] + extra,
                                        cwd=folder, env=env, stdout=self.log, stderr=subprocess.STDOUT)
        self.pid = None

    def wait_for(self, path, limit=240):
        while time.monotonic() - self.started < limit:
            if self.process.poll() is not None:
                raise SystemExit(f"the app stopped (exit {self.process.returncode}); see {self.log.name}")
            try:
                with urllib.request.urlopen(self.base + path, timeout=5) as r:
                    r.read()
                    if r.status == 200:
                        return time.monotonic() - self.started
            except (urllib.error.URLError, ConnectionError, socket.timeout):
                pass
            time.sleep(0.01)
        raise SystemExit(f"{path} did not answer within {limit} s")

    def read_probe(self):
        values = probe(self.probe_file)
        self.pid = values[5]
        return values

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill(); self.process.wait()
        self.log.close()


def browser():
    jar = http.cookiejar.CookieJar()
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


def get(opener, url):
    start = time.monotonic()
    try:
        with opener.open(url, timeout=60) as r:
            body = r.read().decode("utf-8", "replace")
            return r.status, r.headers.get_content_type(), body, time.monotonic() - start, r.geturl()
    except urllib.error.HTTPError as e:
        return e.code, "", "", time.monotonic() - start, url


def log_in(opener, base, email, password):
    _, _, page, _, _ = get(opener, base + "/login")
    match = TOKEN.search(page)
    token = html.unescape(match.group(1) or match.group(2))
    data = urllib.parse.urlencode({"Input.Email": email, "Input.Password": password, "__RequestVerificationToken": token}).encode()
    with opener.open(base + "/login", data=data, timeout=60) as r:
        r.read()
        return urllib.parse.urlparse(r.geturl()).path


def kind(path):
    return "/".join("{id}" if s.isdigit() or re.fullmatch(r"[0-9a-f-]{32,36}", s) else s for s in path.split("/"))


def visit(opener, base, root, limit):
    """Breadth first from the dashboard, one address per page kind, HTML answers 200 only; each visit timed."""
    seen, queue, visits = {kind(root)}, [root], []
    while queue and len(visits) < limit:
        url = queue.pop(0)
        status, content_type, body, seconds, _ = get(opener, base + url)
        if status != 200 or content_type != "text/html":
            continue
        visits.append((url, seconds))
        for m in HREF.finditer(body):
            link = html.unescape(m.group(1)).split("#")[0]
            if "?" in link or not (link == root or link.startswith(root + "/")):
                continue
            segments = [s for s in link[len(root):].split("/") if s]
            if any(s.lower() in AVOID or "." in s for s in segments):
                continue
            if kind(link) not in seen:
                seen.add(kind(link)); queue.append(link)
    return visits


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--app-dir", required=True); p.add_argument("--probe", required=True); p.add_argument("--out", required=True)
    p.add_argument("--pages", type=int, default=25); p.add_argument("--idle", type=int, default=10); p.add_argument("--runs", type=int, default=1)
    p.add_argument("--app-env", action="append", default=[])
    args = p.parse_args()
    out = args.out

    # The database with the demo, made once and not timed.
    seed_db = os.path.join(out, "seed.db")
    app = App(args, out, seed_db, ["--demo"], args.app_env, os.path.join(out, "app-seed.log"))
    app.wait_for("/health")
    app.stop()
    login = re.search(r"Demo login: (\S+) / (\S+)", open(os.path.join(out, "app-seed.log")).read())
    if not login:
        raise SystemExit("no demo login in app-seed.log")
    email, password = login.group(1), login.group(2)

    print(f"app: `{args.app_dir}`; app environment: {' '.join(args.app_env) or '(none)'}\n")
    print("| run | /health after | first page (/login) after | JIT at first page: methods · JIT time · process CPU | RSS 5 s after start (anon/file) | first visits: pages · median · p90 · max · slowest | JIT after visits: methods · time | RSS after visits | RSS after idle |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for run in range(1, args.runs + 1):
        db = os.path.join(out, f"run{run}.db")
        for f in glob.glob(seed_db + "*"):
            shutil.copy(f, db + f[len(seed_db):])
        app = App(args, out, db, [], args.app_env, os.path.join(out, f"app-run{run}.log"))
        try:
            health = app.wait_for("/health")
            first = app.wait_for("/login")
            jit0 = app.read_probe()
            cpu0 = cpu_seconds(app.pid)
            time.sleep(5)
            rss0 = status_of(app.pid)
            opener = browser()
            root = log_in(opener, app.base, email, password)
            if not root.startswith("/o/"):
                _, _, body, _, _ = get(opener, app.base + "/organisations")
                root = "/o/" + re.search(r'href="/o/([^/"]+)"', body).group(1)
            root = "/o/" + root.split("/")[2]
            visits = visit(opener, app.base, root, args.pages)
            jit1 = app.read_probe()
            rss1 = status_of(app.pid)
            time.sleep(args.idle)
            rss2 = status_of(app.pid)
        finally:
            app.stop()
        ms = sorted(s * 1000 for _, s in visits)
        slowest = max(visits, key=lambda v: v[1])
        p90 = ms[max(0, int(round(0.9 * len(ms))) - 1)]
        with open(os.path.join(out, f"visits-run{run}.txt"), "w") as f:
            for url, s in visits:
                f.write(f"{s * 1000:8.1f} ms  {url}\n")
        print(f"| {run} | {health:.2f} s | {first:.2f} s | {jit0[0]:,} · {jit0[2] / 1000:.2f} s · {cpu0:.2f} s | "
              f"{rss0['VmRSS']} MB ({rss0['RssAnon']}/{rss0['RssFile']}) | {len(ms)} · {statistics.median(ms):.0f} · {p90:.0f} · {ms[-1]:.0f} ms · "
              f"`{slowest[0].replace(root, '{org}')}` | {jit1[0]:,} · {jit1[2] / 1000:.2f} s | {rss1['VmRSS']} MB | {rss2['VmRSS']} MB |",
              flush=True)


if __name__ == "__main__":
    main()
