"""Links come from anyone: every query string, in any amount and shape, gives a clean page and at
most a few short messages, never a traceback or a server path (AppTest over generated links)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from dashboard import paths
from dashboard.read import view_options
from tests.app.apptest import APP

pytestmark = pytest.mark.usefixtures("fixture_env")

KEYS = [o.key for o in view_options.OPTIONS] + ["clean", "article"]
VALUES = st.one_of(
    st.sampled_from(["AZE-CHN", "chn-aze", "AZE-XXX", "2030", "2040", "1850", "2024-2020", "true", "no", "maybe", "growth",
                     "yoy", "EUR", "💥", "", ",,,", "AZE-CHN,AZE-JPN,AZE-WLD", "<script>x</script>", "../../etc/passwd",
                     "$\\frac{a}{b}$", "9" * 40, "-1", "NaN", "AZE-CHN" * 50]),
    st.text(max_size=60),
    st.integers(-10**12, 10**12).map(str),
)
PARAMS = st.dictionaries(
    st.one_of(st.sampled_from(KEYS), st.text(min_size=1, max_size=12)),
    st.lists(VALUES, min_size=1, max_size=4),
    max_size=6,
)
SERVER_PATHS = (str(paths.ROOT), "/usr/lib", "site-packages", "Traceback", 'File "')


def run_link(params: dict[str, list[str]], page: str | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    if page:
        at.run().switch_page(page)
        at.query_params.clear()
    for key, values in params.items():
        at.query_params[key] = values
    at.run()
    return at


def assert_clean(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    shown = [str(e.value) for kind in ("info", "warning", "caption", "markdown", "title") for e in at.get(kind)]
    for text in shown:
        assert not any(p in text for p in SERVER_PATHS), text
    messages = [str(e.value) for e in at.info]
    assert len(messages) <= 10 and all(len(m) < 600 for m in messages), messages
    assert at.title or at.info or at.get("plotly_chart"), "an empty page"


@pytest.mark.parametrize(
    "params",
    [
        {"pair": ["AZE-CHN"], "years": ["2030", "2040"]},
        {"pair": ["AZE-CHN"], "years": ["2040", "2050"]},
        {"pair": ["AZE-CHN"], "years": ["1990", "1995"], "clean": ["1"]},
        {"pair": ["AZE-CHN"], "years": ["x", "y", "z"]},
        {"pair": [",,,", "AZE-", "-", "AAA-BBB-CCC"]},
        {"pair": ["AZE-CHN"] * 200},
        {"pair": ["AZE-CHN", "AZE-JPN", "AZE-WLD", "AZE-EUU", "JPN-TKM", "ARM-AZE", "AZE-PAK", "CHN-JPN"]},
        {"indicator": ["growth"], "show": ["yoy"], "log": ["true"], "direction": ["ba"]},
        {"unit": ["💥"], "size": ["huge"], "clean": ["yes"]},
        {"title": ["x" * 20_000], "note": ["\x00\x1b[31m"]},
        {"compare": ["2023", "2023"]},
        {"compare": ["2040"]},
        {"compare": ["1990", "2040"]},
        {"compare": ["2040", "2050"]},
        {"": [""]},
    ],
)
def test_known_odd_links_give_a_clean_page(params):
    at = run_link(params)
    assert_clean(at)
    assert not any("Traceback" in str(e.value) for e in at.get("exception"))


def test_years_outside_the_data_say_so():
    at = run_link({"pair": ["AZE-CHN"], "years": ["2040", "2050"]})
    assert any("Years: no figures in 2040–2050" in str(e.value).replace("\\", "") for e in at.info)
    assert at.get("plotly_chart")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(params=PARAMS)
def test_any_link_gives_a_clean_explore_page(params):
    assert_clean(run_link(params))


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(params=PARAMS)
def test_any_link_gives_a_clean_reader_and_overview(params):
    assert_clean(run_link(params, "views/reader.py"))
    assert_clean(run_link(params, "views/overview.py"))
