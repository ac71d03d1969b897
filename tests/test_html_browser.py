"""The HTML network in real headless Chromium: offline, no console errors, complete, no script payload runs."""
from __future__ import annotations

import random
import struct
import time
import zlib
from pathlib import Path

import pytest

from kg.html import render_triples
from test_html import PAYLOADS, PREFIXES, SAMPLE, SAMPLE_ENTITIES, XSS_ENTITIES, parse, xss_turtle

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(),
                       reason="needs /usr/bin/chromium (Debian chromium; `make test` installs it via "
                              "scripts/install-system-deps.sh)"),
]


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Page:
    """One page opened from file:// with every request and console error recorded."""

    def __init__(self, browser, html: str, tmp_path: Path, viewport=(1400, 900)):
        self.file = tmp_path / "network.html"
        self.file.write_text(html, encoding="utf-8")
        self.url = self.file.resolve().as_uri()
        self.context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
        self.page = self.context.new_page()
        self.foreign: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", self._request)
        self.page.route("**/*", self._route)
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def _request(self, request):
        if request.url != self.url and not request.url.startswith(("data:", "blob:")):
            self.foreign.append(request.url)

    def _route(self, route):
        if route.request.url == self.url:
            route.continue_()
        else:
            self.foreign.append(route.request.url)
            route.abort()

    def open(self, timeout_ms: int = 60_000) -> float:
        """Load the page and wait until physics has settled; return the page's own layout time in s."""
        self.page.goto(self.url)
        self.page.wait_for_function("() => window.kgStabilized === true", timeout=timeout_ms)
        return self.page.evaluate("window.kgStabilizedMs") / 1000

    def close(self):
        self.context.close()


def distinct_colours(png: bytes) -> int:
    """Distinct RGB colours of an 8-bit RGB/RGBA PNG (as Chromium writes), decoded without Pillow."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    while pos < len(png):
        n, kind = struct.unpack(">I4s", png[pos:pos + 8])
        body = png[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            width, height, depth, ctype = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and ctype in (2, 6)
            bpp = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    raw, stride = zlib.decompress(idat), width * bpp
    prev, colours = bytearray(stride), set()
    for y in range(height):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        colours.update(bytes(line[i:i + 3]) for i in range(0, stride, bpp * 2))
        prev = line
    return len(colours)


def test_sample_page_offline_complete_and_drawn(browser, tmp_path):
    page = Page(browser, render_triples(parse(SAMPLE)), tmp_path)
    try:
        page.open()
        p = page.page
        assert p.evaluate("window.kgNetwork.body.data.nodes.length") == SAMPLE_ENTITIES
        assert p.get_attribute("body", "data-node-count") == str(SAMPLE_ENTITIES)
        assert p.evaluate("Object.keys(window.kgNetwork.body.nodes).length") == SAMPLE_ENTITIES
        assert p.locator("#kg-legend li").count() >= 7
        # the search box finds a node by an alternative name and selects it
        p.fill("#kg-search", "青石县卫健局")
        p.press("#kg-search", "Enter")
        selected = p.evaluate("window.kgNetwork.getSelectedNodes()")
        assert len(selected) == 1
        assert p.evaluate(f"window.kgNetwork.body.data.nodes.get({selected[0]}).label") == "青石县卫生健康局"
        # class filter hides and shows people
        p.locator("#kg-legend label", has_text="Person").locator("input").uncheck()
        assert p.evaluate("window.kgNetwork.body.data.nodes.get({filter: n => n.hidden}).length") >= 3
        p.wait_for_function("() => window.kgNetwork.physics.physicsEnabled === false", timeout=30_000)
        png = p.locator("#kg-network").screenshot()
        assert distinct_colours(png) > 50, "network screenshot looks blank"
        assert page.foreign == []
        assert page.errors == []
    finally:
        page.close()


def _hover_everything(p) -> list[str]:
    """Hover each node and each edge midpoint; return the tooltip texts seen."""
    seen = []
    points = p.evaluate("""() => {
        const n = window.kgNetwork, out = [];
        const box = document.getElementById('kg-network').getBoundingClientRect();
        const pos = n.getPositions();
        const dom = xy => { const d = n.canvasToDOM(xy); return [d.x + box.left, d.y + box.top]; };
        for (const id of n.body.data.nodes.getIds()) if (!n.body.data.nodes.get(id).hidden) out.push(dom(pos[id]));
        for (const e of n.body.data.edges.get()) {
            if (e.hidden) continue;
            const a = pos[e.from], b = pos[e.to];
            out.push(dom({x: (a.x + b.x) / 2, y: (a.y + b.y) / 2}));
        }
        return out;
    }""")
    for x, y in points:
        p.mouse.move(1, 1)
        p.mouse.move(x, y)
        p.wait_for_timeout(250)
        tip = p.locator("div.vis-tooltip")
        if tip.count() and tip.is_visible():
            seen.append(tip.text_content())
        p.mouse.click(x, y)
    return seen


def test_script_payloads_never_run(browser, tmp_path):
    page = Page(browser, render_triples(parse(xss_turtle())), tmp_path)
    try:
        page.open()
        p = page.page
        p.evaluate("window.kgNetwork.fit()")
        assert p.evaluate("window.kgNetwork.body.data.nodes.length") == XSS_ENTITIES
        p.locator("#kg-legend label", has_text="News article").locator("input").check()
        p.wait_for_function("() => window.kgNetwork.physics.physicsEnabled === false", timeout=30_000)
        p.evaluate("window.kgNetwork.fit()")
        p.wait_for_timeout(300)
        tips = _hover_everything(p)
        assert p.evaluate("typeof window.__xss") == "undefined", "a payload ran on hover or click"
        assert tips, "no tooltip appeared"
        shown = "\n".join(tips) + p.text_content("#kg-details")
        assert any(x in shown for x in PAYLOADS[:3]), "payloads should be shown as text"
        for payload in PAYLOADS + ["人<img", "window.__xss"]:
            p.fill("#kg-search", payload)
            p.press("#kg-search", "Enter")
            for i in range(p.locator("#kg-results button").count()):
                p.locator("#kg-results button").nth(i).click()
        assert p.locator("#kg-results button").count() >= 1
        results_text = p.text_content("#kg-results")
        assert "window.__xss" in results_text  # names listed verbatim, as text
        p.wait_for_timeout(300)
        assert p.evaluate("typeof window.__xss") == "undefined"
        assert p.locator("#kg-panel img, #kg-panel script, #kg-panel svg, div.vis-tooltip img, "
                         "div.vis-tooltip script, div.vis-tooltip a").count() == 0
        assert page.foreign == []
        assert page.errors == []
    finally:
        page.close()


def synthetic_turtle(n_nodes: int = 2000, n_edges: int = 5000, seed: int = 1) -> str:
    """A random graph of agencies, hospitals and people with memberships and sub-organisation links."""
    rnd = random.Random(seed)
    out = [PREFIXES]
    orgs = n_nodes // 3
    for i in range(orgs):
        cls = "kg:GovernmentAgency" if i % 2 else "kg:MedicalInstitution"
        out.append(f'id:o{i} a org:Organization, {cls} ; rdfs:label "机构{i}"@zh ; skos:altLabel "单位{i}"@zh .')
    for i in range(n_nodes - orgs):
        out.append(f'id:p{i} a foaf:Person ; rdfs:label "人员{i}"@zh .')
    out.append('id:r a org:Role ; rdfs:label "主任"@zh .')
    seen = set()
    while len(seen) < n_edges:
        if rnd.random() < 0.3:
            a, b = rnd.randrange(orgs), rnd.randrange(orgs)
            if a != b and ("s", a, b) not in seen:
                seen.add(("s", a, b))
                out.append(f"id:o{a} org:subOrganizationOf id:o{b} .")
        else:
            a, b = rnd.randrange(n_nodes - orgs), rnd.randrange(orgs)
            if ("m", a, b) not in seen:
                seen.add(("m", a, b))
                out.append(f'id:m{a}_{b} a org:Membership ; org:member id:p{a} ; org:organization id:o{b} ; '
                           f'org:role id:r ; kg:evidence "人员{a}任机构{b}主任。"@zh .')
    return "\n".join(out)


@pytest.mark.slow
def test_large_graph_physics_settles(browser, tmp_path):
    html = render_triples(parse(synthetic_turtle()))
    page = Page(browser, html, tmp_path)
    try:
        start = time.monotonic()
        layout_s = page.open(timeout_ms=120_000)
        wall = time.monotonic() - start
        print(f"\n2,000 nodes / 5,000 edges: layout settled in {layout_s:.1f} s (page load + layout {wall:.1f} s)")
        assert page.page.evaluate("window.kgNetwork.body.data.nodes.length") == 2000
        assert page.page.evaluate("window.kgNetwork.body.data.edges.length") == 5000
        assert page.page.evaluate("window.kgNetwork.physics.physicsEnabled") is False
        assert wall < 60
        assert page.errors == [] and page.foreign == []
    finally:
        page.close()
