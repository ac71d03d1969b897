"""The network page in real headless Firefox, offline: its script runs and the page draws."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from kg.html import render_triples
from kg.html import load_triples

FIREFOX = shutil.which("firefox-esr") or shutil.which("firefox")
pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(FIREFOX is None, reason="Firefox is not installed (Debian package firefox-esr)")]

TTL = """@prefix kg: <https://w3id.org/healthkg/ontology#> . @prefix org: <http://www.w3.org/ns/org#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix foaf: <http://xmlns.com/foaf/0.1/> .
<https://w3id.org/healthkg/id/org/a> a org:Organization, kg:GovernmentAgency ; rdfs:label "青石县卫生健康局"@zh .
<https://w3id.org/healthkg/id/person/b> a foaf:Person ; rdfs:label "周明远"@zh .
<https://w3id.org/healthkg/id/membership/c> a org:Membership ; org:member <https://w3id.org/healthkg/id/person/b> ;
  org:organization <https://w3id.org/healthkg/id/org/a> .
"""


def _shot(page: Path, out: Path, profile: Path, js: bool) -> bytes:
    profile.mkdir()
    prefs = ['user_pref("network.proxy.type", 1);', 'user_pref("network.proxy.http", "127.0.0.1");',
             'user_pref("network.proxy.http_port", 9);', 'user_pref("browser.shell.checkDefaultBrowser", false);']
    if not js:
        prefs.append('user_pref("javascript.enabled", false);')
    (profile / "user.js").write_text("\n".join(prefs) + "\n")
    r = subprocess.run([FIREFOX, "--headless", "--no-remote", "--profile", str(profile), "--window-size=1200,800",
                        "--screenshot", str(out), page.as_uri()], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    return out.read_bytes()


def test_page_runs_its_script_offline_in_firefox(tmp_path):
    ttl = tmp_path / "g.ttl"
    ttl.write_text(TTL, encoding="utf-8")
    page = tmp_path / "g.html"
    page.write_text(render_triples(load_triples(ttl)), encoding="utf-8")
    with_js = _shot(page, tmp_path / "js.png", tmp_path / "p1", js=True)
    without = _shot(page, tmp_path / "nojs.png", tmp_path / "p2", js=False)
    assert len(with_js) > 5000
    # the script fills in the counts, legend and network: with JavaScript off the page looks different
    assert with_js != without
