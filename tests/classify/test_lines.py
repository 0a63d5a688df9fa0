"""JSON lines in, one line out per line in: bad lines get a clear error, the rest go on."""

from __future__ import annotations

import io

import orjson

from carevault.classify import MAX_LINE_BYTES, LineResult, classify_lines


def run(*lines: bytes) -> list[LineResult]:
    return list(classify_lines(io.BytesIO(b"\n".join(lines) + b"\n")))


def test_each_line_gets_its_result_in_order() -> None:
    results = run(
        orjson.dumps({"id": "a", "text": "VIH+ sous trithérapie."}),
        orjson.dumps({"id": 7, "text": "Angine, amoxicilline."}),
    )
    assert [r.body["id"] for r in results] == ["a", 7]
    assert results[0].body["categories"] == ["hiv_sti"]
    assert results[1].body["categories"] == []
    assert all(r.error is None for r in results)


def test_bad_lines_get_an_error_naming_the_problem_and_the_rest_is_processed() -> None:
    huge = orjson.dumps({"id": "big", "text": "a" * (10 * 1024 * 1024)})
    results = run(
        orjson.dumps({"id": "empty", "text": ""}),
        orjson.dumps({"id": "spaces", "text": "   "}),
        b'{"id": "bin", "text": "\\u0000\\u0001\\u0002garbage"}',
        b"\x89PNG\r\n\x1a\x00\x00\x00binary",
        huge,
        b'{"id": "cut", "text": "VIH',
        b"[1, 2]",
        orjson.dumps({"text": "no id"}),
        orjson.dumps({"id": "no-text"}),
        orjson.dumps({"id": "number", "text": 42}),
        orjson.dumps({"id": True, "text": "x"}),
        orjson.dumps({"id": "ok", "text": "Pas d'idées suicidaires."}),
    )
    errors = {r.number: (r.body["id"], r.error) for r in results}
    assert errors == {
        1: ("empty", "text is empty"),
        2: ("spaces", "text is empty"),
        3: ("bin", "text holds 3 control or undecodable character(s): binary data, not a note"),
        4: (None, "the line is not UTF-8 text"),
        # the PNG's \r\n ends line 4 and "\x1a\x00..." is line 5
        5: (None, "invalid JSON: unexpected character, expected a JSON value"),
        6: (None, f"the line is {len(huge) + 1:,} bytes long; the limit is {MAX_LINE_BYTES:,}"),
        7: (None, "invalid JSON: unexpected end of data"),
        8: (None, 'a line must be a JSON object {"id", "text"}'),
        9: (None, 'the object has no "id"'),
        10: ("no-text", 'the object has no "text"'),
        11: ("number", "text must be a string, not a number"),
        12: (None, '"id" must be a string or an integer'),
        13: ("ok", None),
    }
    assert results[-1].body["findings"][0]["negated"] is True
    for result in results[:-1]:
        assert set(result.body) == {"id", "line", "error"}


def test_blank_lines_are_skipped() -> None:
    results = run(b"", orjson.dumps({"id": 1, "text": "RAS"}), b"   ")
    assert [(r.number, r.body["id"]) for r in results] == [(2, 1)]


def test_a_byte_order_mark_before_the_first_line_is_not_an_error() -> None:
    results = list(
        classify_lines(io.BytesIO(b"\xef\xbb\xbf" + orjson.dumps({"id": 1, "text": "IVG"})))
    )
    assert [(r.error, r.body["categories"]) for r in results] == [(None, ["reproductive"])]
