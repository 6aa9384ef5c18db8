#!/usr/bin/python3
"""scikit-learn's LSA recipe, the peer of `tagcat cluster --method lsa --dims D` (BENCHMARKS.md, "Large --dims"):
TfidfVectorizer over each post's distinct tags, TruncatedSVD(D) (randomized, scikit-learn's defaults), rows
L2-normalized, then KMeans (k-means++, n_init=1). Prints one JSON line with the phase times.
"""
import argparse, json, sys, time

from sklearn.cluster import KMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from sklearn_run import tags  # the same analyzer as the article recipe's benchmark


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("--k", type=int, default=20)
    ap.add_argument("--dims", type=int, default=50)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    t0 = time.perf_counter()
    with open(a.input, encoding="utf-8") as f:
        lines = [l for l in f if l.strip()]
    X = TfidfVectorizer(analyzer=tags).fit_transform(lines)
    t1 = time.perf_counter()
    Z = normalize(TruncatedSVD(n_components=a.dims, random_state=a.seed).fit_transform(X))
    t2 = time.perf_counter()
    km = KMeans(n_clusters=a.k, n_init=1, random_state=a.seed).fit(Z)
    t3 = time.perf_counter()
    print(json.dumps({"tool": "sklearn", "dims": a.dims, "read_vectorize_s": round(t1 - t0, 2),
                      "svd_s": round(t2 - t1, 2), "kmeans_s": round(t3 - t2, 2), "total_s": round(t3 - t0, 2),
                      "iterations": int(km.n_iter_)}))


if __name__ == "__main__":
    sys.exit(main())
