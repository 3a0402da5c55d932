"""The seed is the shared article byte for byte, and loading it never changes it."""

import hashlib

from helpers import load_article
from helpers.paths import SEED_ARTICLE

SEED_SHA256 = "a2ebdd647ce7990c3ca7aa21555588beb83ed9639f2020cd8e1774f0f3556e0d"


def test_seed_sha256_matches_the_record():
    assert hashlib.sha256(SEED_ARTICLE.read_bytes()).hexdigest() == SEED_SHA256


def test_loading_the_seed_leaves_it_untouched():
    before = SEED_ARTICLE.read_bytes(), SEED_ARTICLE.stat().st_mtime_ns
    load_article()
    assert (SEED_ARTICLE.read_bytes(), SEED_ARTICLE.stat().st_mtime_ns) == before
