"""Goes through a questionnaire a page at a time, as a browser without JavaScript would, and
prints how long drawing and saving each page took (p50/p95). Usage: measure.py BASE SLUG JOURNEYS"""

import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

base, slug, journeys = sys.argv[1], sys.argv[2], int(sys.argv[3])
# "/cy" answers the Welsh pages (decision 0030); nothing for the English ones.
prefix = sys.argv[4] if len(sys.argv) > 4 else ""


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


opener = urllib.request.build_opener(NoRedirect)


def timed(request):
    started = time.perf_counter()
    try:
        reply = opener.open(request)
        body, status, location = reply.read().decode(), reply.status, reply.headers.get("Location")
    except urllib.error.HTTPError as error:
        body, status, location = error.read().decode(), error.code, error.headers.get("Location")
    return time.perf_counter() - started, status, body, location


def draw(path):
    took, status, body, _ = timed(urllib.request.Request(base + path, headers={"Accept": "text/html"}))
    assert status == 200, (path, status)
    return took, body


def save(path, body):
    # Two text answers on every page: the draft grows as a real one would.
    names = []
    for tag in re.findall(r"<(?:input|textarea)[^>]*>", body):
        name = re.search(r'name="(q\d+)"', tag)
        if name and (tag.startswith("<textarea") or 'type="text"' in tag):
            names.append(name.group(1))
    texts = list(dict.fromkeys(names))[:2]
    fields = [(name, f"An answer of about forty characters, {name}.") for name in texts]
    data = urllib.parse.urlencode(fields).encode()
    request = urllib.request.Request(
        base + path,
        data=data,
        headers={"Content-Type": "application/x-www-form-urlencoded", "Origin": base},
    )
    took, status, _, location = timed(request)
    assert status == 303, (path, status)
    return took, location


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


first, draws, saves, late_draws, late_saves = [], [], [], [], []
pages = 0
for _ in range(journeys):
    path = f"{prefix}/consultations/{slug}/respond"
    took, body = draw(path)
    first.append(took)
    took, path = save(path, body)
    saves.append(took)
    page = 1
    while not path.endswith("/check"):
        page += 1
        took, body = draw(path)
        draws.append(took)
        saved, path = save(path, body)
        saves.append(saved)
        if page > 40:
            late_draws.append(took)
            late_saves.append(saved)
    pages = page
    took, _ = draw(path)  # check your answers, every page listed


def row(name, values):
    p50, p95 = percentile(values, 50) * 1000, percentile(values, 95) * 1000
    return f"| {name} | {len(values)} | {p50:.1f} ms | {p95:.1f} ms |"


print(f"{journeys} journeys through {pages} pages" + (f", in Welsh ({prefix})" if prefix else ", in English"))
print()
print("| request | samples | p50 | p95 |")
print("|---|---|---|---|")
print(row("page 1 drawn, no draft yet (baseline)", first))
print(row("a page drawn from its draft (pages 2-50)", draws))
print(row("a page saved into its draft (pages 1-50)", saves))
print(row("pages 41-50 drawn (the largest drafts)", late_draws))
print(row("pages 41-50 saved", late_saves))
base = percentile(first, 50)
print()
print(
    f"p50 ratio to the baseline (page 1 without a draft): drawing {percentile(draws, 50) / base:.2f}, "
    f"saving {percentile(saves, 50) / base:.2f}, drawing pages 41-50 {percentile(late_draws, 50) / base:.2f}, "
    f"saving them {percentile(late_saves, 50) / base:.2f}"
)
