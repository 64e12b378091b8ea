"""claimsift.dask on a real multi-process LocalCluster: same rows as one ``Pipeline.process``."""

from __future__ import annotations

import pickle
from pathlib import Path

import claimsift
import pytest

pytest.importorskip("pyarrow")
pd = pytest.importorskip("pandas")
dask = pytest.importorskip("dask")
db = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

import claimsift.dask as cdask  # noqa: E402

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

EXTRA = [
    "Over 1,700 people died in 2020, officials said.",
    "Microsoft’s GPT-4 deal was worth $10bn.\n\nShares rose 3% on Monday.",
    "Unemployment fell to 4.2 per cent. Prices rose by about 5%.",
    "",
]


def _records():
    recs = [
        {"id": p.stem, "text": p.read_text(encoding="utf-8"), "n": i}
        for i, p in enumerate(sorted(SEEDS.glob("*.txt")))
    ]
    for i, t in enumerate(EXTRA * 3):
        recs.append({"id": f"x{i}", "text": t, "n": 100 + i})
    recs.append({"id": "missing", "text": None, "n": 999})
    return recs


def _norm(df, table):
    """Sorted by document and position, without the per-partition ``doc_index``."""
    keys = {
        "claims": ["doc_id", "claim_index"],
        "sentences": ["doc_id", "sentence_index"],
        "mentions": ["doc_id", "start_char", "end_char"],
        "documents": ["doc_id"],
    }[table]
    df = df.drop(columns=["doc_index"])
    if table == "documents":
        df = df.drop(columns=["error"])  # messages name the index within the batch
    df = df.sort_values(keys, kind="stable").reset_index(drop=True)
    # dask may store strings as string[pyarrow] (NA) where pandas has str (nan): compare values
    df = df.astype(object).where(df.notna(), None)
    for c in df.columns:  # list columns (entity_ids) hold numpy arrays: compare them as tuples
        vals = [tuple(v) if hasattr(v, "__len__") and not isinstance(v, str) else v for v in df[c]]
        df[c] = pd.Series(vals, index=df.index, dtype=object)
    return df


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0", silence_logs=40
    )
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


def test_pipeline_pickles_by_value():
    nlp = claimsift.Pipeline(lang="de", dollar="CAD", claims=False)  # claims off: tokens only
    again = pickle.loads(pickle.dumps(nlp))
    assert (again.lang, again.dollar, again.claims) == ("de", "CAD", False)
    auto = pickle.loads(pickle.dumps(claimsift.Pipeline(lang="auto", dollar="CAD")))
    assert (auto.lang, auto.dollar, auto.claims) == ("auto", "CAD", True)


@pytest.mark.timeout(120)
def test_bag_and_dataframe_on_local_cluster_match_single_process(client):
    recs = _records()
    nlp = claimsift.Pipeline()
    single = nlp.process(recs).to_pandas()
    assert len(single["sentences"]) > 0 and len(single["claims"]) > 0

    bag = db.from_sequence(recs, npartitions=4)
    ddf = dd.from_pandas(pd.DataFrame(recs), npartitions=3)
    results = {}
    for name, data in (("bag", bag), ("ddf", ddf)):
        lazy = {
            "claims": cdask.extract_claims(data, nlp),
            "mentions": cdask.extract_mentions(data, nlp),
            "sentences": cdask.extract_claims(data, nlp, table="sentences"),
            "documents": cdask.extract_claims(data, nlp, table="documents"),
        }
        assert lazy["claims"].npartitions == data.npartitions
        computed = dict(zip(lazy, dask.compute(*lazy.values())))  # runs on the cluster
        results[name] = computed
        for table, df in computed.items():
            want = single[table]
            assert list(df.columns) == list(want.columns), (name, table)
            assert df.dtypes.to_dict() == lazy[table]._meta.dtypes.to_dict()  # the explicit meta is right
            pd.testing.assert_frame_equal(_norm(df, table), _norm(want, table), obj=f"{name}.{table}")
    docs = results["bag"]["documents"]
    assert docs.loc[docs["doc_id"] == "missing", "error"].notna().all()
    assert docs["error"].notna().sum() == 1


def test_bag_of_strings_gets_partition_ids():
    bag = db.from_sequence(["One. Two.", "Three."], npartitions=2)
    out = cdask.extract_claims(bag, table="sentences").compute(scheduler="sync")
    assert sorted(out["doc_id"]) == ["0:0", "0:0", "1:0"]
    assert sorted(out["text"]) == sorted(
        claimsift.Pipeline().process(["One. Two.", "Three."]).to_pandas()["sentences"]["text"]
    )


def test_bad_input():
    with pytest.raises(TypeError):
        cdask.extract_claims(["not", "dask"])
    with pytest.raises(ValueError):
        cdask.extract_claims(db.from_sequence(["a"]), table="nope")
    with pytest.raises(KeyError):
        cdask.extract_claims(dd.from_pandas(pd.DataFrame({"body": ["a"]}), npartitions=1))


def test_table_schema_for_spark():
    s = cdask.table_schema("claims", signed=True)
    assert "doc_id" in s.names and str(s.field("doc_index").type) == "int64"
    assert str(cdask.table_schema("claims").field("doc_index").type) == "int64"  # signed since schema 2


COMPARE_RECORDS = [
    {
        "id": "a",
        "date": "2023-09-09",
        "outlet": "Wire",
        "text": "At least 2,012 people were killed in the Zarbania earthquake near Velmar, the Zarbanian Interior Ministry said.",
    },
    {
        "id": "b",
        "date": "2023-09-10",
        "outlet": "Daily",
        "text": "The Zarbania earthquake near Velmar has killed 2,122 people, the Zarbanian Interior Ministry said on Sunday.",
    },
    {
        "id": "c",
        "date": "2023-09-11",
        "outlet": "Post",
        "text": "The Zarbanian Interior Ministry said the Velmar earthquake in Zarbania killed 2,681 people.",
    },
    None,
    {"id": "e", "text": 42},
]


def test_dask_compare_reduces_partitions_like_one_pass():
    bag = db.from_sequence(COMPARE_RECORDS, npartitions=3)
    with dask.config.set(scheduler="processes"):  # comparators travel by pickle between processes
        cmp = cdask.compare(bag, claimsift.Pipeline())
    whole = claimsift.compare(
        {r["id"]: r["text"] for r in COMPARE_RECORDS[:3]}, meta={r["id"]: r for r in COMPARE_RECORDS[:3]}
    )

    def sig(c):
        return sorted(
            (g.measure, g.status, sorted((e.doc_id, e.text, e.value) for e in g.entries)) for g in c.groups
        )

    assert sig(cmp) == sig(whole)
    (g,) = cmp.shared()
    assert g.measure == "killed" and g.status == "trend"
    assert {e.outlet for e in g.entries} == {"Wire", "Daily", "Post"}
    assert all(e.start is None for e in g.entries)  # offsets stay with the workers' Docs
