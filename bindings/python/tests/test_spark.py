"""The batch API on a real engine: PySpark in local mode (mapInArrow)."""

import importlib.util
import os
import shutil
import sys
from pathlib import Path
from typing import Any, Iterator

import pytest

from himcore import codes

from conftest import EXAMPLES, REPO

pyspark = pytest.importorskip("pyspark")

if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("PySpark needs a Java runtime (17+)", allow_module_level=True)


def _load_example() -> Any:
    path = REPO / "examples" / "python" / "spark_validate_codes.py"
    spec = importlib.util.spec_from_file_location("spark_validate_codes", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("himcore-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.memory", "512m")
        .getOrCreate()
    )
    yield session
    session.stop()


def test_spark_job_appends_himcore_answers_per_row(spark: Any) -> None:
    example = _load_example()
    df = spark.read.csv(
        str(EXAMPLES / "claim_diagnoses.csv"),
        header=True,
        schema="claim_id string, date_of_service date, code string",
    ).repartition(2)
    rows = example.validate_codes(df).collect()
    assert len(rows) == 16
    for row in rows:
        if row["code"] is None:
            # An empty CSV cell is a null code: a null answer, not a guess.
            assert row["valid"] is None and row["error_code"] is None
            continue
        expected = codes.validate("icd10cm", row["code"], row["date_of_service"])
        assert row["claim_id"].startswith("C-")
        assert (row["valid"], row["billable"], row["normalized"], row["error_code"]) == (
            expected.valid,
            expected.billable,
            expected.normalized,
            expected.error_code,
        ), row


def test_pandas_udf_form_gives_the_same_validity(spark: Any) -> None:
    import pandas as pd
    from pyspark.sql.functions import pandas_udf

    # Spark reads the type hints at run time: no `from __future__ import
    # annotations` in this module.
    @pandas_udf("boolean")  # type: ignore[misc]
    def icd10cm_valid(code: pd.Series) -> pd.Series:
        import himcore

        return himcore.codes.validate_many("icd10cm", code).column("valid").to_pandas()

    df = spark.createDataFrame([("E11.9",), ("E11.99",), ("QA0",)], "code string")
    got = [r[0] for r in df.select(icd10cm_valid("code")).collect()]
    assert got == [codes.validate("icd10cm", c).valid for c in ["E11.9", "E11.99", "QA0"]]


def test_example_data_path_exists() -> None:
    assert Path(EXAMPLES / "claim_diagnoses.csv").is_file()
