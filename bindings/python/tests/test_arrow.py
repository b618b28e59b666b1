"""Arrow columns in and out: pyarrow, pandas and polars, without per-item objects."""

from __future__ import annotations

import datetime

import pyarrow as pa
import pytest

from himcore import codes, fhir

CODES = ["E11.9", "e119", "E11", "E11.99", None, "", "S72.001A"]
COLUMNS = ["code", "normalized", "valid", "billable", "display", "error_code", "error_message"]


def _expected_rows(values: list, date: object = None) -> list:
    rows = []
    for c in values:
        if c is None:
            rows.append({k: None for k in COLUMNS})
            continue
        r = codes.validate("icd10cm", c, date)
        rows.append(
            {
                "code": r.code,
                "normalized": r.normalized,
                "valid": r.valid,
                "billable": r.billable,
                "display": r.display,
                "error_code": r.error_code,
                "error_message": r.error_message,
            }
        )
    return rows


def test_pyarrow_string_array_gives_a_record_batch_matching_single_calls() -> None:
    batch = codes.validate_many("icd10cm", pa.array(CODES))
    assert isinstance(batch, pa.RecordBatch)
    assert batch.schema.names == COLUMNS
    assert batch.schema.field("valid").type == pa.bool_()
    assert batch.to_pylist() == _expected_rows(CODES)


def test_null_code_gives_a_null_row_not_a_guess() -> None:
    batch = codes.validate_many("icd10cm", pa.array([None, "E11.9"]))
    assert batch.column("valid").to_pylist() == [None, True]


@pytest.mark.parametrize(
    "make",
    [
        lambda v: pa.array(v, type=pa.large_string()),
        lambda v: pa.array(v, type=pa.string_view()),
        lambda v: pa.array(v).dictionary_encode(),
        lambda v: pa.chunked_array([v[:3], v[3:]]),
    ],
    ids=["large_string", "string_view", "dictionary", "chunked"],
)
def test_every_arrow_string_layout_is_read(make: object) -> None:
    column = make(CODES)  # type: ignore[operator]
    assert codes.validate_many("icd10cm", column).to_pylist() == _expected_rows(CODES)


def test_parallel_and_dated_batches_give_the_same_answers() -> None:
    column = pa.array(CODES * 200)
    date = datetime.date(2024, 6, 1)
    seq = codes.validate_many("icd10cm", column, date)
    par = codes.validate_many("icd10cm", column, date, parallel=True)
    assert seq.equals(par)
    assert seq.to_pylist()[: len(CODES)] == _expected_rows(CODES, date)


def test_pandas_series_object_and_arrow_backed() -> None:
    pd = pytest.importorskip("pandas")
    s = pd.Series(CODES)
    out = codes.validate_many("icd10cm", s).to_pandas()
    assert list(out.columns) == COLUMNS
    assert out["valid"].tolist()[:4] == [True, True, True, False]
    arrow_backed = pd.Series(CODES, dtype="string[pyarrow]")
    assert codes.validate_many("icd10cm", arrow_backed).to_pylist() == _expected_rows(CODES)
    categorical = pd.Series(CODES, dtype="category")
    assert codes.validate_many("icd10cm", categorical).to_pylist() == _expected_rows(CODES)


def test_polars_series_passes_through_the_stream_protocol() -> None:
    pl = pytest.importorskip("polars")
    s = pl.Series("code", CODES)
    batch = codes.validate_many("icd10cm", s)
    assert batch.to_pylist() == _expected_rows(CODES)
    df = pl.from_arrow(batch)
    assert df.columns == COLUMNS


def test_non_string_columns_are_a_type_error_not_a_conversion() -> None:
    with pytest.raises(TypeError, match="strings"):
        codes.validate_many("icd10cm", pa.array([1, 2, 3]))
    with pytest.raises(TypeError, match="strings"):
        fhir.validate_many(pa.array([1.5]))


def test_empty_column_gives_an_empty_batch() -> None:
    batch = codes.validate_many("icd10cm", pa.array([], type=pa.string()))
    assert batch.num_rows == 0 and batch.schema.names == COLUMNS


def test_fhir_ndjson_column_gives_reports_with_issue_lists() -> None:
    lines = pa.array(
        [
            '{"resourceType":"Patient","id":"a","gender":"mail"}',
            '{"resourceType":"Patient","id":"b"}',
            None,
            "not json",
        ]
    )
    batch = fhir.validate_many(lines, parallel=True)
    assert batch.schema.names == ["resourceType", "id", "valid", "issues"]
    rows = batch.to_pylist()
    assert rows[0]["valid"] is False
    assert rows[0]["issues"][0]["code"] == "FHIR_CODE_NOT_IN_VALUESET"
    assert rows[0]["issues"][0]["path"] == "Patient.gender"
    assert rows[1] == {"resourceType": "Patient", "id": "b", "valid": True, "issues": []}
    assert rows[2] == {"resourceType": None, "id": None, "valid": None, "issues": None}
    assert rows[3]["issues"][0]["code"] == "FHIR_INVALID_JSON"
    as_objects = [r.to_dict() for r in fhir.validate_many(lines.to_pylist()[:2])]
    assert rows[:2] == as_objects


def test_results_live_independently_of_the_input() -> None:
    column = pa.array(["E11.9"] * 10)
    batch = codes.validate_many("icd10cm", column)
    del column
    assert batch.column("normalized").to_pylist() == ["E11.9"] * 10


def test_one_date_of_service_per_row_from_arrow_dates_or_strings() -> None:
    codes_col = pa.array(["QA0", "QA0", "QA0", "E11.9"])
    days = [datetime.date(2025, 4, 1), datetime.date(2026, 4, 1), None, datetime.date(2023, 10, 1)]
    expected = [
        codes.validate("icd10cm", c, d).to_dict()["error"] for c, d in zip(codes_col.to_pylist(), days)
    ]
    for dates in (
        pa.array(days, type=pa.date32()),
        pa.array(days, type=pa.date64()),
        pa.array([d.isoformat() if d else None for d in days]),
        days,
    ):
        batch = codes.validate_many("icd10cm", codes_col, dates, parallel=True)
        assert batch.column("error_code").to_pylist() == [e and e["code"] for e in expected]
    as_list = codes.validate_many("icd10cm", codes_col.to_pylist(), days)
    assert [r.error_code for r in as_list] == [e and e["code"] for e in expected]


def test_dates_must_match_the_codes_and_be_dates() -> None:
    with pytest.raises(ValueError, match="2 dates for 3 codes"):
        codes.validate_many("icd10cm", ["E11.9"] * 3, [datetime.date(2025, 4, 1)] * 2)
    with pytest.raises(ValueError):
        codes.validate_many("icd10cm", pa.array(["E11.9"]), pa.array(["01/04/2025"]))
    with pytest.raises(TypeError):
        codes.validate_many("icd10cm", pa.array(["E11.9"]), pa.array([1.5]))


def test_naive_timestamps_count_by_their_date_zoned_ones_are_refused() -> None:
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame(
        {"code": ["QA0", "QA0"], "dos": pd.to_datetime(["2025-04-01 08:00", "2026-04-01 23:59"])}
    )
    batch = codes.validate_many("icd10cm", df["code"], df["dos"])
    assert batch.column("error_code").to_pylist() == ["CODE_NOT_YET_VALID", None]
    sliced = pa.array(df["dos"]).slice(1)
    assert codes.validate_many("icd10cm", pa.array(["QA0"]), sliced).column("valid").to_pylist() == [True]
    zoned = pa.array(df["dos"].dt.tz_localize("UTC"))
    with pytest.raises(TypeError, match="time zone"):
        codes.validate_many("icd10cm", df["code"], zoned)
