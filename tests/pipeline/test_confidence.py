"""Doubts and confidence: each figure says why its reading may be wrong, and is `sure` or
`check` by rules/confidence.toml; derived figures are as weak as their weakest input; the seed
figures stay `sure`. The sentences are written for these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pyarrow.parquet as pq
import pytest

from dashboard import paths
from dashboard.build.confidence import DOUBTS, confidence_of, load_mapping, merged, weakest
from dashboard.build.derive import derive_records
from dashboard.build.plausibility import plausibility_doubts
from dashboard.contract.confidence import in_words, parse_mapping
from dashboard.contract.schema import FIGURE_SCHEMA
from dashboard.extract import extract_article
from dashboard.extract.doubts import article_doubts
from tests.extraction.labeled import as_prediction, published, read_jsonl
from tests.extraction.scoring import matches

DATED = date(2025, 3, 1)


def doubts_of(text: str, published: date | None) -> list[tuple[str, ...]]:
    extraction = extract_article(text, published)
    assert extraction.figures, "the test sentence must hold a figure"
    return article_doubts(extraction.figures, text, published, published is not None, extraction.pair)


def test_a_figure_whose_own_sentence_says_everything_has_no_doubt() -> None:
    assert doubts_of("Trade turnover between Azerbaijan and Japan reached $3.7 billion in 2024.", DATED) == [()]


def test_a_period_named_two_sentences_back_is_from_the_discourse_beyond_the_previous_sentence() -> None:
    text = (
        "In January-June 2024, Kazakhstan's trade with China grew. The two countries signed new agreements. "
        "Officials met in Astana to discuss logistics. Trade turnover between Kazakhstan and China amounted to $2.1 billion."
    )
    [found] = doubts_of(text, date(2024, 8, 1))
    assert "period-from-discourse" in found and "period-beyond-previous-sentence" in found
    # Its own sentence names its pair: only the period is carried (right about 93% of the time on
    # every set read, too few for `sure`), so not the narrower doubt.
    assert "period-far-and-pair-from-discourse" not in found and confidence_of(found) == "check"


def test_a_far_period_with_a_country_carried_too_is_a_doubt_of_its_own() -> None:
    text = (
        "In January-September 2023, Armenia's trade with Iran grew. Delegations met in Yerevan. "
        "Ministers discussed new border crossings. Exports to Iran amounted to $310 million."
    )
    [found] = doubts_of(text, date(2023, 11, 1))
    assert "period-beyond-previous-sentence" in found and "pair-from-discourse" in found
    assert "period-far-and-pair-from-discourse" in found and confidence_of(found) == "check"


def test_a_period_named_in_the_previous_sentence_is_from_the_discourse_but_near() -> None:
    text = "Georgia reported its trade results for 2023. Trade turnover between Georgia and Turkey amounted to $2.1 billion."
    [found] = doubts_of(text, date(2024, 2, 1))
    assert found == ("period-from-discourse",)
    assert confidence_of(found) == "sure"


def test_a_year_counted_from_the_sentences_base_is_named_but_not_check() -> None:
    text = "Set against 2021, mutual trade between Mongolia and Korea grew 9 percent, to $640 million."
    found = doubts_of(text, date(2023, 2, 1))
    assert found and all(d == ("period-from-base",) for d in found), found
    assert {confidence_of(d) for d in found} == {"sure"}


def test_no_year_a_plan_and_other_countries_are_doubts() -> None:
    [no_year] = doubts_of("Trade turnover between Armenia and Iran rose 10 percent.", None)
    [plan] = doubts_of("Armenia and Iran aim to bring their trade turnover to $3 billion by 2030.", DATED)
    [crowded] = doubts_of(
        "Trade turnover between Kyrgyzstan and Turkey reached $400 million in 2023, while Kazakhstan and China traded far more.", DATED
    )
    assert "no-year" in no_year and "plan-not-fact" in plan and "other-countries-in-sentence" in crowded
    assert {confidence_of(d) for d in (no_year, plan, crowded)} == {"check"}


def test_a_year_guessed_for_an_undated_article_is_a_doubt() -> None:
    # (a year told of a flow dates the article; a sentence that tells only an event's year does not)
    text = "Trade between Uzbekistan and Russia grew 10 percent in 2022. This year, trade turnover between Uzbekistan and Russia reached $9.8 billion."
    found = doubts_of(text, None)
    assert any("year-of-undated-article" in d for d in found), found


def test_a_whole_year_reported_before_it_ended_is_a_doubt() -> None:
    [found] = doubts_of("Trade turnover between Azerbaijan and Japan reached $3.7 billion in 2025.", date(2025, 9, 1))
    assert "year-not-over" in found and confidence_of(found) == "check"


def _row(**fields: Any) -> dict[str, Any]:
    row: dict[str, Any] = dict(
        article_id="a", country_a="AZE", country_b="JPN", flow_from=None, flow_to=None, indicator="trade_turnover",
        kind="level", status="reported", value=1e9, unit="USD", qualifier="exact", year=2020, period="FY", quote="q",
        span_start=0, span_end=1, rule="r", part_of=None, doubts=[], confidence="sure",
    )  # fmt: skip
    row.update(fields)
    return row


def test_a_level_ten_times_the_flows_others_within_five_years_is_doubted() -> None:
    rows = [_row(article_id=f"a{y}", year=y, value=v) for y, v in ((2019, 1.0e9), (2020, 1.1e9), (2021, 1.2e10), (2022, 1.3e9))]
    assert plausibility_doubts(rows) == [(), (), ("level-ten-times-others",), ()]


def test_against_one_other_figure_neither_is_called_out_of_scale() -> None:
    assert plausibility_doubts([_row(value=1e9), _row(article_id="b", year=2021, value=1e11)]) == [(), ()]


def test_a_part_larger_than_its_whole_and_a_direction_larger_than_the_turnover_are_doubted() -> None:
    whole = _row(indicator="aid", flow_from="JPN", flow_to="AZE", value=5e8, span_start=10)
    part = _row(indicator="aid", flow_from="JPN", flow_to="AZE", value=7e8, span_start=30, part_of=10, period=None)
    exports = _row(indicator="exports", flow_from="AZE", flow_to="JPN", value=2e9, span_start=50)
    assert plausibility_doubts([whole, part, _row(), exports]) == [(), ("part-exceeds-whole",), (), ("part-exceeds-whole",)]


def test_a_growth_rate_the_two_levels_contradict_is_doubted_and_one_they_confirm_is_not() -> None:
    levels = [_row(year=2019, value=1e9), _row(year=2020, value=1.2e9, span_start=5)]
    wrong = _row(kind="change", unit="percent", value=45.0, span_start=9)
    right = _row(kind="change", unit="percent", value=20.0, span_start=9)
    assert plausibility_doubts([*levels, wrong])[2] == ("growth-disagrees-with-levels",)
    assert plausibility_doubts([*levels, right])[2] == ()


def test_two_articles_that_give_one_figure_different_values_are_both_doubted() -> None:
    rows = [_row(value=1e9), _row(article_id="b", value=1.5e9), _row(article_id="c", value=1.001e9, year=2021)]
    assert plausibility_doubts(rows) == [("other-source-differs",), ("other-source-differs",), ()]


def test_a_rejected_figure_is_not_held_against_the_others() -> None:
    rows = [_row(value=1e9), _row(article_id="b", value=1.5e9, review="rejected")]
    assert plausibility_doubts(rows) == [(), ()]


def test_the_mapping_names_every_doubt_in_words_and_refuses_unknown_ones() -> None:
    mapping = load_mapping()
    assert set(mapping.words) == set(DOUBTS) and all(mapping.words[d] for d in DOUBTS)
    assert in_words("no-year") == "no year could be found for the figure"
    with pytest.raises(ValueError, match="unknown doubts"):
        parse_mapping((paths.RULES / "confidence.toml").read_text(encoding="utf-8") + '\n[doubts.made-up]\nwords = "x"\n', known=DOUBTS)
    with pytest.raises(ValueError, match="without an entry"):
        parse_mapping('[doubts.no-year]\nwords = "x"\ncheck = true\n', known=DOUBTS)


def test_doubts_together_make_check_where_each_alone_does_not() -> None:
    alone = [confidence_of(["direction-unmarked"]), confidence_of(["role-unmarked"])]
    assert alone == ["sure", "sure"] and confidence_of(["direction-unmarked", "role-unmarked"]) == "check"


def test_a_derived_figure_is_as_weak_as_its_weakest_input_and_carries_all_their_doubts() -> None:
    level = _row(value=1.2e9, doubts=["pair-from-discourse"], confidence="sure")
    change = _row(kind="change", unit="percent", value=20.0, span_start=5, doubts=["no-year"], confidence="check")
    [prior] = derive_records([level, change])
    assert prior["confidence"] == "check" and prior["doubts"] == ["pair-from-discourse", "no-year"]
    assert weakest("sure", "sure") == "sure" and merged(["no-year"], None, ["pair-from-discourse"]) == ["pair-from-discourse", "no-year"]


def test_confidence_and_doubts_are_columns_of_the_contract() -> None:
    assert FIGURE_SCHEMA.field("confidence").nullable is False
    assert str(FIGURE_SCHEMA.field("doubts").type) == "list<item: string>"


def test_every_seed_figure_the_gold_requires_is_sure() -> None:
    """seeds/ is what data/ holds: each of its figures that matches a required gold figure
    (direction, status and unit too, the strict rule) must read `sure`."""
    figures = pq.read_table(paths.ROOT / "data" / "figures.parquet").to_pylist()
    gold = [g for g in read_jsonl("seeds-gold.jsonl") if g["required"]]
    matched = [
        f for f in figures
        if any(matches(_prediction(f), g) and (g["from"], g["to"], g["status"], g["unit"]) == (f["flow_from"], f["flow_to"], f["status"], f["unit"])
               for g in gold)
    ]  # fmt: skip
    assert len(matched) == len(gold)
    assert [f["doubts"] for f in matched if f["confidence"] != "sure"] == []


def _prediction(f: dict[str, Any]) -> dict[str, Any]:
    return {**f, "article": f["article_id"].split("_")[0], "countries": [f["country_a"], f["country_b"]]}


# Doubts about what the extractor chose between. Each test holds sentences written for it, with
# other countries, word orders and verb forms; the doubt names the construction, not a sentence.


def _doubts_of_each(texts: list[str], published: date | None = DATED) -> list[tuple[str, ...]]:
    return [d for text in texts for d in doubts_of(text, published)]


def test_a_countrys_name_that_is_a_currencys_is_no_other_country() -> None:
    texts = [
        "In 2024, trade turnover between Azerbaijan and Georgia approached US $ 3.1 billion.",
        "Trade turnover between Uzbekistan and Korea reached $ 2.1 billion US in 2023.",
        "Iran's trade turnover with Armenia approached US $ 540 million in 2024.",
    ]
    for found in _doubts_of_each(texts):
        assert "other-countries-in-sentence" not in found and confidence_of(found) == "sure", found


# Doubts that name how the extractor chose, each shown on three sentences of its construction.
CHOSEN_BY: dict[str, list[str]] = {
    # a world total beside a partner that is no country is doubted
    "world-total-beside-partner": [
        "Foreign trade turnover of Tajikistan with Commonwealth countries came to $2.2 billion in 2023.",
        "Kazakhstan's foreign trade turnover with Baltic states reached $2 billion in 2023.",
        "Foreign trade turnover of Georgia with Mercosur states totalled $150 million in 2023.",
    ],
    # a direction the order of the names decided is doubted
    "direction-from-order": [
        "The memorandum between Mongolia and Germany foresees 20 million euros to be allocated for vocational training.",
        "The accord between Armenia and France says 15 million euros are to be allocated for water projects.",
        "The deal between Uzbekistan and Spain foresees 25 million euros to be allocated for railways.",
    ],
    # a sender taken from the articles home is doubted
    "sender-from-home": [
        "Georgia's trade with Armenia was discussed at length. Ministers met in Tbilisi on Monday. Imports fell by 6 percent in 2024.",
        "Azerbaijan and Turkey signed a trade accord. Officials in Baku praised it. Exports grew by 11 percent in 2024.",
        "Kazakhstan's links with China keep growing. The ministry published its review. Imports rose by 9 percent in 2024.",
    ],
    # one country read on both sides is doubted
    "same-country-both-sides": [
        "Foreign investments put into Kazakhstan's economy in 2024 stood at $15 billion, as figures from Kazakhstan's government show.",
        "Foreign investments made in Georgia in 2023 totalled $1.9 billion, as data from Georgia's government show.",
        "Foreign investment into Uzbekistan's industry reached $8 billion in 2024, as a message from Uzbekistan's president said.",
    ],
    # two countries read where the sentence names a group of countries as a side
    "side-named-as-group": [
        "Kazakhstan's exports to China reached $20 billion in 2023, while its trade with the countries of the region fell.",
        "Georgia's imports from Turkey came to $2 billion in 2023, while exports to CIS countries rose.",
        "Trade between Uzbekistan and Korea reached $2.5 billion in 2024, though trade with neighbouring countries grew faster.",
    ],
    # a stock to date read by default from a sentence in the past tense: the story's flow reads the same words
    "stock-or-flow": [
        "Korean companies invested $1.2 billion in Kazakhstan.",
        "Last week the ministry said that Chinese firms invested some $400 million in Tajikistan's mining sector.",
        "Turkish investors put $90 million into Georgia's economy, the agency reported.",
    ],
    # an aid with no donor named is doubted
    "aid-side-unnamed": [
        "The fund has provided five soft loans to Tajikistan with an overall value of $175 million since 2014.",
        "The bank's fund has provided loans to Armenia with a total value of $150 million since 2010.",
        "The agency has provided grants to Georgia with a total value of $80 million since 2015.",
    ],
}


@pytest.mark.parametrize("doubt", list(CHOSEN_BY))
def test_a_choice_the_extractor_made_is_doubted(doubt: str) -> None:
    each = _doubts_of_each(CHOSEN_BY[doubt])
    assert len(each) == len(CHOSEN_BY[doubt])  # one figure a sentence: the loop below checks them all
    for found in each:
        assert doubt in found and confidence_of(found) == "check", found


def test_a_stock_said_as_one_is_not_doubted_as_a_flow() -> None:
    texts = [
        "Korean companies have invested $1.2 billion in Kazakhstan.",
        "Since 1992, Chinese firms invested some $400 million in Tajikistan's mining sector.",
        "To date, Turkish investors put $90 million into Georgia's economy, the agency reported.",
    ]
    for found in _doubts_of_each(texts):
        assert "period-of-article-date" in found and "stock-or-flow" not in found, found


def test_an_import_listed_or_ranked_by_partner_is_doubted() -> None:
    texts = [
        "In 2024, Kyrgyzstan's main import partners were Russia with $2.1 billion, China with $1.9 billion and Kazakhstan with $900 million.",
        "Among the countries Armenia imports from, Russia ranks first with $3.2 billion in 2024, followed by China with $1.4 billion.",
    ]
    found = _doubts_of_each(texts)
    assert len(found) == 5 and all("import-list-item" in d and confidence_of(d) == "check" for d in found), found
    # An export list is read by its head's words, which name the exporter: no doubt of this kind.
    [*exports] = doubts_of("In 2024, Georgia's exports went to Russia with $700 million and Turkey with $500 million.", DATED)
    assert exports and not any("import-list-item" in d for d in exports), exports


def test_the_other_flows_word_nearer_the_amount_is_doubted() -> None:
    texts = [
        "Trade between Kazakhstan and Latvia came to $300 million in 2024: $120 million was exports from Kazakhstan and $180 million imports.",
        "In 2024, Armenia and Iran traded $700 million worth of goods: $250 million was exports from Armenia, and $450 million – imports.",
        "Turnover between Georgia and Poland reached $400 million in 2024, including $90 million of exports from Georgia and $310 million – imports.",
    ]
    flagged = [d for d in _doubts_of_each(texts) if "other-flow-word-nearer" in d]
    assert len(flagged) == 3 and all(confidence_of(d) == "check" for d in flagged), flagged
    # After a part's opener the same words are read, not guessed: each side its own, no doubt.
    opened = "Trade between Kazakhstan and Latvia came to $300 million in 2024, of which $120 million was exports from Kazakhstan and $180 million imports."
    extraction = extract_article(opened, DATED)
    assert [(f.flow_from, f.flow_to, f.value) for f in extraction.figures if f.indicator == "exports"] == [
        ("KAZ", "LVA", 120e6),
        ("LVA", "KAZ", 180e6),
    ]
    assert not any("other-flow-word-nearer" in d for d in doubts_of(opened, DATED))
    # The noun right after each amount ("$310 million in imports") names its flow: read, not guessed.
    named = "Turnover between Georgia and Poland reached $400 million in 2024, including $90 million of exports from Georgia and $310 million in imports."
    assert [(f.flow_from, f.flow_to, f.value) for f in extract_article(named, DATED).figures if f.indicator == "exports"] == [
        ("GEO", "POL", 90e6),
        ("POL", "GEO", 310e6),
    ]
    assert not any("other-flow-word-nearer" in d for d in doubts_of(named, DATED))
    # Each word with an amount of its own: the amount is its trigger's.
    [*own] = doubts_of("In 2024, Uzbekistan's exports reached $26 billion and its imports amounted to $38 billion.", DATED)
    assert not any("other-flow-word-nearer" in d for d in own), own


def test_a_whole_year_beside_a_part_of_that_year_is_doubted() -> None:
    texts = [
        "The statistics office released its figures for January-September 2024. Trade between Georgia and Latvia reached $90 million in 2024.",
        "Results for the first half of 2024 were published on Friday. Kazakhstan's trade with Estonia came to $120 million in 2024.",
        "The customs service reported on the first quarter of 2024. Exports from Armenia to Iran totalled $60 million in 2024.",
    ]
    for found in _doubts_of_each(texts):
        assert "part-year-not-period" in found and confidence_of(found) == "check", found
    # A part of a year that is another amount's period: each amount has its own.
    found = doubts_of("Trade between Kyrgyzstan and Belarus was $133 million in 2023 and $68 million in January — June 2024.", DATED)
    assert not any("part-year-not-period" in d for d in found), found


def test_a_commitment_dated_to_another_year_than_the_articles_is_doubted() -> None:
    texts = [
        "For 2026, Korea will provide Uzbekistan with loans of $200 million.",
        "In 2027, China will provide Kyrgyzstan with a grant of 100 million yuan.",
        "In 2024, Germany will allocate 40 million euros to Tajikistan.",
    ]
    for found in _doubts_of_each(texts):
        assert "commitment-year-not-article-year" in found and confidence_of(found) == "check", found
    [same_year] = doubts_of("Japan will provide a grant of 500 million yen to Tajikistan in 2025.", DATED)
    assert "commitment-year-not-article-year" not in same_year and confidence_of(same_year) == "sure"


def test_a_rate_of_the_figure_before_has_that_figures_doubts_about_its_reading() -> None:
    texts = [
        "Foreign investments put into Kazakhstan's economy in January 2024 stood at $1.5 billion, which is 4 percent more than a year before, "
        "as figures from Kazakhstan's government show.",
        "Foreign investments made in Georgia in 2023 totalled $1.9 billion, which is 12 percent more than in 2022, as data from Georgia's government show.",
        "Foreign investment into Uzbekistan's industry in 2024 reached $8 billion, which is 6 percent less than a year earlier, as a message from Uzbekistan's president said.",
    ]
    for text in texts:
        level, rate = doubts_of(text, DATED)
        assert "same-country-both-sides" in level and "rate-of-previous-figure" in rate and "same-country-both-sides" in rate, (level, rate)
        assert confidence_of(rate) == "check"


# Grammar cases that name the doubts their construction raises: every figure read from the case
# carries them (a case's `doubts`), or the figure that matches an expected one carries its own.
DOUBT_CASES = [pytest.param(c, id=c["id"]) for c in read_jsonl("grammar.jsonl") if "doubts" in c or any("doubts" in g for g in c["figures"])]


@pytest.mark.parametrize("case", DOUBT_CASES)
def test_a_grammar_case_raises_the_doubts_it_names(case: dict[str, Any]) -> None:
    extraction = extract_article(case["text"], published(case))
    found = article_doubts(extraction.figures, case["text"], published(case), published(case) is not None, extraction.pair)
    if "doubts" in case:
        assert all(set(case["doubts"]) <= set(d) for d in found), found
        assert {confidence_of(d) for d in found} == {case["confidence"]}
    read = [dict(as_prediction(case["id"], f), doubts=d) for f, d in zip(extraction.figures, found, strict=True)]
    for gold in (dict(g, article=case["id"]) for g in case["figures"] if "doubts" in g):
        hit = next(p for p in read if matches(p, gold))
        assert set(gold["doubts"]) <= set(hit["doubts"]) and confidence_of(hit["doubts"]) == gold["confidence"], hit
