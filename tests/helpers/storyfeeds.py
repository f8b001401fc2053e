"""A developing story told by three outlets' feeds, for the stories scenarios."""

from __future__ import annotations

from datetime import timedelta

from tests.helpers import clock, feedgen
from tests.helpers.newsweb import NewsWeb

NOW = clock.now().replace(microsecond=0)


def _report(outlet: str, slug: str, minutes_ago: int, title: str, summary: str) -> feedgen.Entry:
    return feedgen.Entry(title, f"https://{outlet}.example/{slug}", summary=summary,
                         published=NOW - timedelta(minutes=minutes_ago))


TALKS_COLLAPSE = {
    "courier": _report(
        "courier", "westhaven-talks-collapse", 30,
        "Westhaven port strike talks collapse as union sets Friday deadline",
        'Dock workers at Westhaven said they would walk out by Friday unless the harbour '
        'authority makes a new pay offer. "We have been patient for months and our '
        'members cannot wait any longer," union secretary Maria Okafor said.'),
    "gazette": _report(
        "gazette", "port-talks-break-down", 22,
        "Union gives Westhaven harbour authority until Friday as port talks break down",
        "The Westhaven Dockers Union said talks had stalled and set a Friday deadline "
        "for a new offer from the harbour authority."),
    "herald": _report(
        "herald", "dockers-threaten-walkout", 15,
        "Westhaven dockers threaten Friday walkout after port talks fail",
        "Port workers in Westhaven threatened a strike by Friday after talks with the "
        'harbour authority failed. "We remain committed to a fair settlement for '
        'everyone who works here," harbour authority chief Daniel Brennan said.'),
}
MARATHON = feedgen.Entry("City marathon draws record crowd of runners",
                         "https://courier.example/marathon-record",
                         summary="More than 40,000 runners took part in the city marathon on "
                                 "Sunday, organisers said.", published=NOW - timedelta(minutes=10))
STRIKE_BEGINS = feedgen.Entry("Westhaven port strike begins as dockers walk out",
                              "https://courier.example/westhaven-strike-begins",
                              summary="Cranes stood idle at Westhaven on Saturday as dock workers "
                                      "began their port strike over pay.",
                              published=NOW + timedelta(days=2))
OLD = feedgen.Entry("Harbour museum reopens after renovation", "https://courier.example/museum",
                    summary="The museum reopened.", published=NOW - timedelta(days=1))


class OutletFeeds:
    """Three outlets, each a feed on the news web, whose items tests release one by one."""

    def __init__(self, web: NewsWeb) -> None:
        self.web = web
        self.items: dict[str, list[feedgen.Entry]] = {name: [OLD] for name in TALKS_COLLAPSE}
        for name in self.items:
            self._serve(name)

    def url(self, outlet: str) -> str:
        return self.web.url(f"/{outlet}.xml")

    def publish(self, outlet: str, entry: feedgen.Entry) -> None:
        self.items[outlet].append(entry)
        self._serve(outlet)

    def _serve(self, outlet: str) -> None:
        self.web.serve(f"/{outlet}.xml", feedgen.rss(outlet.title(), self.items[outlet]))
