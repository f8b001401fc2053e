from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import numpy as np
import pytest

from bot.stories.cluster import Embedder, StoryClusterer
from bot.stories.embed import SentenceEmbedder
from bot.stories.models import ArticleInput, Assignment, ClusterConfig
from tests.helpers import clock


@pytest.fixture
def clusterer(embed_cached: Embedder) -> StoryClusterer:
    return StoryClusterer(ClusterConfig(), embedder=embed_cached)


def place(
    clusterer: StoryClusterer, articles: dict[str, ArticleInput], *ids: str
) -> list[Assignment]:
    return clusterer.assign_many([articles[i] for i in ids])


def test_embeddings_are_unit_vectors_and_batch_independent(embedder: SentenceEmbedder) -> None:
    texts = ["Typhoon hits the coast", "A much longer headline about a central bank raising rates"]
    together = embedder.embed(texts)
    alone = embedder.embed(texts[:1])
    assert together.shape == (2, 384) and together.dtype == np.float32
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
    assert np.allclose(together[0], alone[0], atol=1e-4)


def test_three_outlets_minutes_apart_make_one_story(clusterer, articles) -> None:
    first, second, third = place(clusterer, articles, "a01", "a02", "a03")
    assert first.is_new_story
    assert not second.is_new_story and not third.is_new_story
    assert first.story_id == second.story_id == third.story_id
    assert first.duplicate_of is None and second.duplicate_of is None


def test_related_event_two_days_later_is_new_story_in_same_topic(clusterer, articles) -> None:
    talks = place(clusterer, articles, "a01", "a02", "a03", "a04", "a05")
    truce = place(clusterer, articles, "a06", "a07", "a08")
    assert truce[0].is_new_story
    assert {a.story_id for a in truce} == {truce[0].story_id} != {talks[0].story_id}
    assert {a.topic_id for a in talks + truce} == {talks[0].topic_id}


def test_unrelated_event_gets_its_own_story_and_topic(clusterer, articles) -> None:
    talks = place(clusterer, articles, "a01", "a02", "a03")
    typhoon = place(clusterer, articles, "a24", "a26")
    assert typhoon[0].is_new_story
    assert typhoon[0].story_id != talks[0].story_id
    assert typhoon[0].topic_id != talks[0].topic_id
    assert typhoon[1].story_id == typhoon[0].story_id


def test_wire_copies_collapse_onto_the_first_copy(clusterer, articles) -> None:
    # a16 repeats a15 word for word; a17 is the same wire text lightly edited.
    original, verbatim, edited, analysis = place(clusterer, articles, "a15", "a16", "a17", "a18")
    assert original.duplicate_of is None
    assert verbatim.duplicate_of == "a15"
    assert edited.duplicate_of in {"a15", "a16"}
    assert analysis.duplicate_of is None
    assert original.story_id == verbatim.story_id == edited.story_id == analysis.story_id
    snapshot = clusterer.snapshot_story(original.story_id)
    assert snapshot.member_count == 4


def test_story_window_expires_and_old_stories_leave_the_index(embed_cached, articles) -> None:
    clusterer = StoryClusterer(
        ClusterConfig(story_window=timedelta(hours=12)), embedder=embed_cached
    )
    first = place(clusterer, articles, "a01", "a02")[0]
    late_copy = replace(
        articles["a02"],
        id="late",
        published=articles["a02"].published + timedelta(hours=30),
    )
    late = clusterer.assign(late_copy)
    # Same words 30 hours on: outside the 12-hour window, so neither a copy nor a member.
    assert late.is_new_story and late.duplicate_of is None
    assert late.story_id != first.story_id
    assert first.story_id not in clusterer.active_story_ids()
    assert clusterer.active_story_count == 1


def test_without_clock_the_active_index_is_bounded_by_count(embed_cached, articles) -> None:
    clusterer = StoryClusterer(ClusterConfig(max_active_stories=3), embedder=embed_cached)
    undated = [replace(a, published=None) for a in articles.values()]
    assignments = clusterer.assign_many(undated)
    assert clusterer.active_story_count <= 3
    assert len({a.story_id for a in assignments}) > 3


@pytest.mark.parametrize(
    "config",
    [ClusterConfig(), ClusterConfig(member_weight=0.3, member_sample=4)],
    ids=["centroids", "with-member-votes"],
)
def test_restored_clusterer_makes_the_same_assignments(
    embed_cached, articles, config: ClusterConfig
) -> None:
    ordered = sorted(articles.values(), key=lambda a: a.published)
    first_half, second_half = ordered[:26], ordered[26:]
    original = StoryClusterer(config, embedder=embed_cached)
    original.assign_many(first_half)

    restored = StoryClusterer(config, embedder=embed_cached)
    restored.restore(
        [original.snapshot_story(s) for s in original.active_story_ids()],
        topics=[original.snapshot_topic(t) for t in original.active_topic_ids()],
        term_stats=original.term_stats(),
    )
    assert sorted(restored.active_story_ids()) == sorted(original.active_story_ids())
    assert original.assign_many(second_half) == restored.assign_many(second_half)


def test_same_input_order_gives_same_output(embed_cached, articles) -> None:
    runs = [
        StoryClusterer(ClusterConfig(), embedder=embed_cached).assign_many(list(articles.values()))
        for _ in range(2)
    ]
    assert runs[0] == runs[1]


def test_an_article_fed_twice_is_a_wire_copy_of_itself_not_a_crash(embed_cached, articles) -> None:
    clusterer = StoryClusterer(ClusterConfig(), embedder=embed_cached)
    first = clusterer.assign(articles["a24"])
    again = clusterer.assign(articles["a24"])
    assert again.story_id == first.story_id
    assert again.duplicate_of == "a24"


def _leaning(dim: int, lean: float) -> np.ndarray:
    """A unit vector with cosine `lean` to the first axis, the rest on axis `dim`."""
    vector = np.zeros(384, dtype=np.float32)
    vector[0], vector[dim] = lean, np.sqrt(1 - lean * lean)
    return vector


def _no_embedding(texts: list[str]) -> np.ndarray:
    raise AssertionError("vectors are given")


def _bridge_report(i: int, published: datetime | None = None) -> ArticleInput:
    return ArticleInput(f"big{i}", f"Harbour bridge shut as the storm hits, report {i}",
                        published=published)


def test_settle_folds_a_leftover_fragment_into_the_nearest_bigger_story() -> None:
    # Strict online bars keep three stories apart; settling then folds the small one that
    # leans towards the big story, and leaves the unrelated one alone.
    config = ClusterConfig(join_threshold=0.9, merge_threshold_small=0.95,
                           merge_threshold=0.95, settle_threshold=0.5)
    clusterer = StoryClusterer(config, embedder=_no_embedding)
    big = [clusterer.assign(_bridge_report(i), _leaning(1, 1.0)) for i in range(6)]
    fragment = [clusterer.assign(ArticleInput(f"frag{i}", f"Crossing closed again {i}"),
                                 _leaning(3, 0.8)) for i in range(2)]
    unrelated = clusterer.assign(ArticleInput("other", "Orchestra tour dates"), _leaning(4, 0.0))
    assert len({a.story_id for a in big}) == 1
    assert fragment[0].story_id != big[0].story_id

    assert clusterer.settle() == [(big[0].story_id, fragment[0].story_id)]
    assert sorted(clusterer.active_story_ids()) == sorted({big[0].story_id, unrelated.story_id})
    assert clusterer.snapshot_story(big[0].story_id).member_count == 8
    assert clusterer.settle() == []


def test_settle_keeps_apart_stories_days_apart() -> None:
    config = ClusterConfig(join_threshold=0.9, merge_threshold_small=0.95,
                           merge_threshold=0.95, settle_threshold=0.5)
    clusterer = StoryClusterer(config, embedder=_no_embedding)
    start = clock.now()
    big = [clusterer.assign(_bridge_report(i, start), _leaning(1, 1.0)) for i in range(6)]
    later = start + config.story_window + timedelta(days=2)
    late = clusterer.assign(ArticleInput("late", "Crossing closed again", published=later),
                            _leaning(3, 0.8))
    assert late.story_id != big[0].story_id
    assert clusterer.settle() == []
    assert late.story_id in clusterer.active_story_ids()


def _two_angles(angle: int) -> np.ndarray:
    """Cosine 0.6 to the first axis, the rest on axis 5 or 6: one event, two angles."""
    vector = np.zeros(384, dtype=np.float32)
    vector[0], vector[angle] = 0.6, 0.8
    return vector


@pytest.mark.parametrize("kept_members, folded", [(16, True), (0, False)],
                         ids=["member-links", "centroids-only"])
def test_settle_folds_a_fragment_close_to_one_angle_of_a_broad_story(
    kept_members: int, folded: bool
) -> None:
    # A story told from two angles has its centroid between them; a later fragment that
    # repeats one angle closely is far from that centroid but next to the angle's members.
    config = ClusterConfig(join_threshold=0.3, merge_threshold_small=0.95,
                           merge_threshold=0.95, settle_threshold=0.65,
                           member_sample=kept_members)
    clusterer = StoryClusterer(config, embedder=_no_embedding)
    broad = [clusterer.assign(_bridge_report(i), _two_angles(5 + i % 2)) for i in range(6)]
    clusterer.config = replace(config, join_threshold=0.95)
    fragment = clusterer.assign(ArticleInput("frag", "Ferry queues grow overnight"),
                                _two_angles(5))
    assert len({a.story_id for a in broad}) == 1
    assert fragment.story_id != broad[0].story_id

    expected = [(broad[0].story_id, fragment.story_id)] if folded else []
    assert clusterer.settle() == expected
